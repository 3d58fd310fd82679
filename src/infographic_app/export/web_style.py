"""The web edition's stylesheet: the theme's RGB colours and font faces, laid out for screens
from 360 px phones to desktops (one column that becomes a grid where there is room), and a
print stylesheet (A4, no details to open, links with their address)."""

from __future__ import annotations

from infographic_app.model.theme import Theme
from infographic_app.render.svg_painter import font_family

# The theme's colour names the page uses, as CSS variables, and the text styles whose faces
# set its kinds of text.
COLOURS = ("primary", "primary_dark", "accent", "ink", "muted", "rule", "tint", "accent_tint",
           "paper")

CSS = """
:root{%(colours)s}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%%;text-size-adjust:100%%}
body{margin:0;background:var(--paper);color:var(--ink);font-family:"%(body)s",sans-serif;
 font-size:1.0625rem;line-height:1.6;overflow-wrap:break-word}
strong{font-family:"%(bold)s",sans-serif;font-weight:normal}
em{font-family:"%(italic)s",sans-serif;font-style:normal}
strong em,em strong{font-family:"%(bold_italic)s",sans-serif}
h1,h2,.big,.kicker{font-family:"%(black)s",sans-serif;font-weight:normal;line-height:1.2}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999rem}
.skip:focus{left:1rem;top:1rem;background:var(--paper);color:var(--ink);padding:.5rem}
.spoken{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%%);
 white-space:nowrap}
header.band{background:var(--primary);color:var(--paper);padding:1.5rem 0}
header.band .wrap{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;
 justify-content:space-between}
.kicker{margin:0 0 .25rem;font-size:1.05rem}
h1{margin:0;font-size:clamp(1.75rem,6vw,2.6rem)}
.wordmark{width:7.5rem;height:auto;flex:none}
h2{color:var(--primary_dark);font-size:1.5rem;margin:0 0 .5rem}
main section{margin:2rem 0}
p{margin:0 0 .75rem;max-width:42rem}
a{color:var(--primary_dark)}
.note-mark a{text-decoration:none}
.note-mark a:hover{text-decoration:underline}
a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.tiles-band{background:var(--accent_tint);padding:1.25rem 1rem;border-radius:.25rem}
.tiles-band h2{color:var(--accent)}
.tiles{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem;
 grid-template-columns:repeat(auto-fit,minmax(min(100%%,12rem),1fr))}
.big{display:block;color:var(--primary_dark);font-size:2.6rem;margin:0}
.badge{display:block;color:var(--ink);font-size:.95rem}
.themes{display:grid;gap:1.5rem 2rem;
 grid-template-columns:repeat(auto-fit,minmax(min(100%%,24rem),1fr))}
.themes section{margin:0;border-top:3px solid var(--primary);padding-top:.75rem}
figure{margin:1rem 0}
figure svg{display:block;width:100%%;max-width:26rem;height:auto}
figure svg.icon_array{max-width:20rem}
.numbers{list-style:none;margin:1rem 0;padding:0;display:flex;flex-wrap:wrap;gap:1rem 2rem}
.numbers li{flex:1 1 10rem}
details{margin-top:.5rem;border-left:3px solid var(--rule);padding-left:.75rem}
summary{cursor:pointer;color:var(--primary_dark);font-family:"%(bold)s",sans-serif}
table{border-collapse:collapse;width:100%%;margin:.5rem 0;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem .3rem 0;
 border-bottom:1px solid var(--rule);overflow-wrap:anywhere}
thead th{font-family:"%(bold)s",sans-serif;font-weight:normal}
tbody th{font-weight:normal}
td.number{text-align:right;white-space:nowrap}
ol.numbered{list-style:none;margin:0;padding:0}
ol.numbered li{margin:0 0 1.25rem;padding-left:1rem;border-left:4px solid var(--primary)}
.item-label{display:block;color:var(--primary_dark);font-family:"%(bold)s",sans-serif}
.text-panel{background:var(--tint);padding:1.25rem 1rem;border-radius:.25rem}
footer.band{background:var(--primary_dark);color:var(--paper);padding:1.25rem 0;
 margin-top:2rem}
footer.band a{color:var(--paper);font-family:"%(bold)s",sans-serif;font-size:1.2rem}
@media print{
 @page{size:A4;margin:15mm}
 body{font-size:10pt}
 .wrap{max-width:none;padding:0}
 header.band,footer.band,.tiles-band,.text-panel{print-color-adjust:exact;
  -webkit-print-color-adjust:exact}
 section,figure,li,tr{break-inside:avoid}
 h2{break-after:avoid}
 details>summary{display:none}
 .skip{display:none}
 footer.band a::after{content:" (" attr(href) ")";font-size:9pt}
}
"""


def stylesheet(theme: Theme) -> str:
    """The page's CSS (without @font-face rules): the theme's colours of COLOURS that it has
    as CSS variables (--primary: #e11f63), its faces as the families of the kinds of text."""
    colours = ";".join(f"--{name}:#{r:02x}{g:02x}{b:02x}" for name in COLOURS
                       if name in theme.colours
                       for r, g, b in [theme.colours[name].rgb])
    faces = {face: font_family(face) for face in
             ("regular", "bold", "italic", "bold_italic", "black")}
    return CSS % {"colours": colours, "body": faces["regular"], **faces}
