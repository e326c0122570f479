package dev.floe.io.csv;

/**
 * What a scan of a nominal block found: how many quote characters and how many line feeds it
 * holds. Summed over the blocks before a cut, these give the quote state and the line number at
 * the cut.
 *
 * @param quotes quote characters in the block
 * @param lineFeeds LF bytes in the block
 */
public record BlockScan(long quotes, long lineFeeds) implements java.io.Serializable {}
