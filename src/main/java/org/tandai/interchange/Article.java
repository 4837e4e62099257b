package org.tandai.interchange;

import org.tandai.model.AnnotatedDocument;
import org.tandai.model.ArticleText;

/**
 * One article on its way in or out: its base name (the file name without {@code .txt}), its
 * normalized text and its annotations.
 */
public record Article(String name, ArticleText text, AnnotatedDocument doc) {
}
