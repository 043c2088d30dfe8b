package dev.scholia.essay;

import dev.scholia.classify.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many labelled lines a classification agrees on, and which it does not. */
record Agreement(int agreed, int total, List<String> disagreements) {

  static Agreement of(List<Classification> classifications, Map<Integer, String> labels) {
    Map<Integer, String> chosen = new java.util.HashMap<>();
    classifications.forEach(c -> chosen.put(c.paragraph().source().line(), c.theme()));
    return of(chosen, labels);
  }

  static Agreement of(Map<Integer, String> chosen, Map<Integer, String> labels) {
    int agreed = 0;
    int total = 0;
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Integer, String> label : labels.entrySet()) {
      String theme = chosen.get(label.getKey());
      if (theme == null) {
        continue;
      }
      total++;
      if (theme.equals(label.getValue())) {
        agreed++;
      } else {
        wrong.add("line " + label.getKey() + ": " + theme + ", labelled " + label.getValue());
      }
    }
    return new Agreement(agreed, total, wrong);
  }

  double ratio() {
    return total == 0 ? 0 : (double) agreed / total;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d/%d = %.1f%% %s", agreed, total, 100 * ratio(), disagreements);
  }
}
