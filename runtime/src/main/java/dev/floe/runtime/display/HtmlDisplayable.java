package dev.floe.runtime.display;

/**
 * An object with an HTML picture of itself, for notebooks; its {@code toString()} stays the plain
 * text a terminal shows. Like pandas' {@code _repr_html_}.
 */
public interface HtmlDisplayable {
  /** A self-contained HTML fragment (no scripts, no external resources) showing this object. */
  String toHtml();
}
