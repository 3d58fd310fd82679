; Inno Setup script: the per-user installer of Factsheet studio for Windows.
; Needs the bundle first (pyinstaller packaging/infographic-app.spec, on Windows), then:
;     iscc /DVersion=0.1.0 packaging\windows\factsheet-studio.iss
; Output: dist\factsheet-studio-VERSION-windows-x64-setup.exe. Built and signed in CI
; (.github/workflows/build_win.yml; signing: packaging/README.md).
;
; Per user: no administrator rights needed (PrivilegesRequired=lowest), installed under
; %LOCALAPPDATA%\Programs\Factsheet studio, with a Start-menu entry, an uninstaller
; (Settings → Apps) and "Open with → Factsheet studio" for .yaml and .yml files. It does
; not make itself the default program for YAML: a text editor keeps them.

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppName "Factsheet studio"
#define AppExe "Factsheet studio.exe"
#define ProgId "FactsheetStudio.yaml"

[Setup]
AppId={{5C4B7F0E-2D7A-4C53-9B0C-8E1F6A3D2B91}
AppName={#AppName}
AppVersion={#Version}
AppPublisher=CKM
VersionInfoVersion={#Version}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=factsheet-studio.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist
OutputBaseFilename=factsheet-studio-{#Version}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; The app may be running (one copy per user): ask to close it before files are replaced.
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The one-folder bundle: both programs (windowed editor, console command line) and _internal.
Source: "..\..\dist\infographic-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; "Open with" for .yaml and .yml, per user (HKCU\Software\Classes), removed by the uninstaller.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Factsheet (YAML)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".yml"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
