package org.tandai.interchange;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfNQuad;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real JSON-LD 1.1 processor (Titanium) that never touches the network: the official contexts
 * are read from {@code ../shared/data/jsonld-contexts} (the test is skipped when that folder is
 * absent), every other remote document is refused.
 */
final class LocalJsonLd {
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String SCHEMA = "http://schema.org/";

    private final DocumentLoader loader;

    LocalJsonLd() {
        Path anno = Fixtures.shared("jsonld-contexts/anno.jsonld");
        Path schema = Fixtures.shared("jsonld-contexts/schemaorgcontext.jsonld");
        Map<String, Path> contexts = Map.of(
                "http://www.w3.org/ns/anno.jsonld", anno,
                "https://www.w3.org/ns/anno.jsonld", anno,
                "https://schema.org", schema,
                "https://schema.org/", schema,
                "http://schema.org", schema,
                "http://schema.org/", schema);
        this.loader = (url, options) -> {
            Path file = contexts.get(url.toString());
            if (file == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network in tests: " + url);
            }
            try (InputStream in = Files.newInputStream(file)) {
                Document d = JsonDocument.of(in);
                d.setDocumentUrl(url);
                return d;
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        };
    }

    /** Expanded form; {@code base} null means no base IRI, as jsonld.js and pyld use for a string. */
    jakarta.json.JsonArray expand(String json, URI base) throws JsonLdError {
        var api = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(loader);
        return base == null ? api.get() : api.base(base).get();
    }

    /** The RDF statements, as rdflib and pyld's to_rdf produce them. */
    List<RdfNQuad> toRdf(String json, URI base) throws JsonLdError {
        var api = JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(loader);
        return (base == null ? api.get() : api.base(base).get()).toList();
    }
}
