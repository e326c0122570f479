/**
 * How Floe's objects show themselves in a notebook: as HTML next to their plain text.
 *
 * <p>{@link dev.floe.runtime.display.HtmlDisplayable} is what a notebook kernel's display hook
 * looks for (the {@code notebooks} module registers one with the Java kernel); {@link
 * dev.floe.runtime.display.Html} escapes text for it; {@link
 * dev.floe.runtime.display.GraphPicture} is a task graph drawn as SVG, what {@code visualize()}
 * returns. Nothing here knows a kernel: terminals use the same objects' {@code toString()}.
 *
 * <p>Depends on {@code dev.floe.runtime.graph} and the JDK.
 */
package dev.floe.runtime.display;
