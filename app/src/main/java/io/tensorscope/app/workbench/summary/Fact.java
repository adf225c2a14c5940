package io.tensorscope.app.workbench.summary;

/**
 * One labelled value shown in the summary or the node details.
 *
 * @param category group it is shown under
 * @param label    what it is
 * @param value    the value, formatted with its unit
 */
public record Fact(String category, String label, String value) {
}
