package dev.floe.notebook;

import org.rapaio.jupyter.kernel.global.Global;

/** The Java kernel's own display functions (its sends are synchronized, so any thread may call). */
final class KernelDisplay implements CellDisplay {
  private static final String HTML = "text/html";

  @Override
  public String show(String html) {
    return Global.display(HTML, html);
  }

  @Override
  public void update(String id, String html) {
    Global.updateDisplay(id, HTML, html);
  }
}
