package org.tandai.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the sidecar records about its article: file name, text hash, language and metadata. */
public final class DocumentInfo {
    private String file;
    private String sha256;
    private String language;
    private String title;
    private String outlet;
    private String url;
    private String published;
    private Map<String, Object> extras = new LinkedHashMap<>();

    public DocumentInfo(String file, String sha256, String language) {
        this.file = file;
        this.sha256 = sha256;
        this.language = language;
    }

    public DocumentInfo copy() {
        DocumentInfo d = new DocumentInfo(file, sha256, language);
        d.title = title;
        d.outlet = outlet;
        d.url = url;
        d.published = published;
        d.extras = new LinkedHashMap<>(extras);
        return d;
    }

    /** The article's file name, relative to the sidecar's folder (no path separators). */
    public String file() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    /** SHA-256 (hex) of the normalized article text the offsets refer to. */
    public String sha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    /** BCP 47 language tag, e.g. "id" or "en". */
    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String outlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String url() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Publication date, ISO 8601 (yyyy-mm-dd or a full timestamp). */
    public String published() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published;
    }

    public Map<String, Object> extras() {
        return extras;
    }
}
