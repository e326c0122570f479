package dev.floe.notebook;

/** An output area in the running notebook cell that can be shown once and then redrawn. */
interface CellDisplay {
  /** Shows {@code html} in a new output area; returns the area's id. */
  String show(String html);

  /** Replaces what the area {@code id} shows. */
  void update(String id, String html);
}
