package org.tandai.model;

/** One piece of evidence for a claim's verdict: where it is and what it shows. */
public record Evidence(String url, String note) {
}
