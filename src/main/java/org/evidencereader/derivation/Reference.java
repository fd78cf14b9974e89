package org.evidencereader.derivation;

import java.util.regex.Pattern;

/** A reference to another figure by its id, e.g. {@code h100-power}. */
public record Reference(String id) implements Expression {

  /** Lower-case letters and digits, starting with a letter; '-' only between two of them. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public Reference {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a figure id: '" + id + "'");
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
