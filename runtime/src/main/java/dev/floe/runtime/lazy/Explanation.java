package dev.floe.runtime.lazy;

import dev.floe.runtime.display.Html;
import dev.floe.runtime.display.HtmlDisplayable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code explain()} shows: the plan as written, the plan after the optimizer's rules, and
 * the tasks it is lowered to, counted per operation. Text in a terminal, HTML in a notebook.
 *
 * @param logical the plan as written, one line per node, indented under its consumer
 * @param optimized the plan after optimization, in the same form
 * @param tasks how many tasks each operation has
 */
public record Explanation(String logical, String optimized, Map<String, Integer> tasks)
    implements HtmlDisplayable {
  /** Copies the counts, sorted by operation. */
  public Explanation {
    tasks = java.util.Collections.unmodifiableMap(new TreeMap<>(tasks));
  }

  /** How many tasks there are in all. */
  public int taskCount() {
    return tasks.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Several explanations as one, in order (for values of different planners). */
  static Explanation join(List<Explanation> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    StringBuilder logical = new StringBuilder();
    StringBuilder optimized = new StringBuilder();
    Map<String, Integer> tasks = new TreeMap<>();
    for (Explanation part : parts) {
      logical.append(part.logical);
      optimized.append(part.optimized);
      part.tasks.forEach((operation, count) -> tasks.merge(operation, count, Integer::sum));
    }
    return new Explanation(logical.toString(), optimized.toString(), tasks);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Logical plan:\n").append(indent(logical))
        .append("Optimized plan:\n").append(indent(optimized))
        .append("Tasks: ").append(taskCount());
    if (!tasks.isEmpty()) {
      text.append(" (");
      String separator = "";
      for (Map.Entry<String, Integer> entry : tasks.entrySet()) {
        text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
        separator = ", ";
      }
      text.append(')');
    }
    return text.append('\n').toString();
  }

  @Override
  public String toHtml() {
    StringBuilder html = new StringBuilder("<div class=\"floe-explain\">");
    html.append("<b>Logical plan</b><pre>").append(Html.escape(logical)).append("</pre>");
    html.append("<b>Optimized plan</b><pre>").append(Html.escape(optimized)).append("</pre>");
    html.append("<b>Tasks: ").append(taskCount()).append("</b><table>");
    for (Map.Entry<String, Integer> entry : tasks.entrySet()) {
      html.append("<tr><td>").append(Html.escape(entry.getKey())).append("</td><td>")
          .append(entry.getValue()).append("</td></tr>");
    }
    return html.append("</table></div>").toString();
  }

  private static String indent(String lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines.split("\n")) {
      if (!line.isEmpty()) {
        text.append("  ").append(line).append('\n');
      }
    }
    return text.toString();
  }
}
