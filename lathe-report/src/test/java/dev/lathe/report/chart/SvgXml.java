package dev.lathe.report.chart;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Parses SVG markup as XML (no DTDs, no external entities), as the tests' proof of well-formedness. */
public final class SvgXml {

    private SvgXml() {
    }

    /** The parsed document; throws if the markup is not well-formed XML. */
    public static Document parse(String markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
    }
}
