package org.cortado.processor.validation;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * The message catalogue: every message the processor prints, with a stable id. Messages are
 * printed as {@code [cortado:<id>] <text>}; tests refer to the constants, never to the text.
 */
public enum Diagnostic {
  INTERNAL("Internal",
      "the Cortado processor failed on %s; please report this with the stack trace: %s"),
  SCHEMA_UNREADABLE("Schema.Unreadable", "cannot read the NanoAOD schema '%s': %s"),
  ANALYSIS_MISSING("Analysis.Missing",
      "@%s method '%s' is in %s, which is not annotated @Analysis; the method is never run"),
  METHOD_NOT_STATIC("Method.NotStatic",
      "@%s method '%s' must be static: the kernel calls it without an instance"),
  METHOD_PRIVATE("Method.Private",
      "@%s method '%s' must not be private: the generated kernel calls it"),
  PARAM_NOT_COLUMN("Method.ParameterNotColumn",
      "parameter '%s' of '%s' has no @Col; annotate it with the branch it reads, as @Col(\"Muon_pt\"), or with the parameter it reads, as @Param(\"object_preselection.Muon.pt\")"),
  CUT_NOT_BOOLEAN("Cut.NotBoolean", "@Cut method '%s' must return boolean, but returns %s"),
  SELECTION_NOT_BOOLEAN("ObjectSelection.NotBoolean",
      "@ObjectSelection method '%s' must return boolean, but returns %s"),
  WEIGHT_NOT_NUMBER("Weight.NotNumber",
      "@Weight method '%s' must return float or double, but returns %s"),
  HISTOGRAM_NOT_NUMBER("Histogram.NotNumber",
      "@Histogram method '%s' must return a number, but returns %s"),
  DUPLICATE_NAME("Name.Duplicate", "%s name '%s' is already used by another %s"),
  COLUMN_UNKNOWN("Column.Unknown", "branch '%s' is not in the NanoAOD schema%s"),
  COLUMN_WRONG_TYPE("Column.WrongType",
      "branch '%s' is %s, but parameter '%s' is %s; declare it as %s"),
  COLUMN_NEEDS_POS("Column.NeedsPos",
      "'%s' has one value per object of %s; read the k-th object with pos = k, or read it in an @ObjectSelection"),
  COLUMN_POS_ON_EVENT("Column.PosOnEventColumn", "'%s' has one value per event; remove pos = %d"),
  COLUMN_WRONG_COLLECTION("Column.WrongCollection",
      "'%s' is not a field of %s, the collection this method loops over"),
  COLUMN_NOT_YET_BUILT("Column.NotYetBuilt",
      "'%s' needs the object collection %s, which is built after the skim; move the cut to Stage.PRESELECTION or read raw NanoAOD branches"),
  COLLECTION_UNKNOWN("ObjectSelection.UnknownCollection",
      "collection '%s' is neither a NanoAOD collection nor an earlier @ObjectSelection%s"),
  CATEGORY_UNKNOWN_CUT("Category.UnknownCut", "@%s refers to cut '%s', which is not declared%s"),
  CATEGORY_UNKNOWN("Category.Unknown",
      "@%s refers to category '%s', which is not declared%s"),
  MULTICUT_NAMES_MISMATCH("MultiCut.NamesMismatch",
      "@MultiCut '%s' has %d cuts but %d cutsNames; give one name per cut or none"),
  WEIGHT_UNPAIRED("Weight.UnpairedVariation",
      "@Weight '%s' declares %s = \"%s\" but no %s; a variation needs both up and down"),
  WEIGHT_VARIATION_MISSING("Weight.VariationMissing",
      "@Weight '%s' names %s method '%s', which does not exist in %s"),
  WEIGHT_VARIATION_SIGNATURE("Weight.VariationSignature",
      "%s method '%s' of @Weight '%s' must have the same @Col parameters and return type as '%s'"),
  HISTOGRAM_AXIS_COUNT("Histogram.AxisCount",
      "@Histogram '%s' has %d axes; give one or two"),
  HISTOGRAM_AXIS_NO_FIELD("Histogram.AxisWithoutField",
      "axis '%s' of @Histogram '%s' has no field; on the analysis class every axis needs field (and coll for objects)"),
  HISTOGRAM_METHOD_AXIS_FIELD("Histogram.MethodAxisWithField",
      "axis '%s' of @Histogram '%s' is filled from the method's result; remove coll/field/pos"),
  HISTOGRAM_BINS_NOT_POSITIVE("Histogram.BinsNotPositive",
      "axis '%s' of @Histogram '%s' has bins = %d; give bins > 0"),
  HISTOGRAM_EMPTY_RANGE("Histogram.EmptyRange",
      "axis '%s' of @Histogram '%s' has low = %s and high = %s; the range is empty or inverted"),
  HISTOGRAM_BAD_EDGES("Histogram.BadEdges",
      "axis '%s' of @Histogram '%s' needs at least two strictly increasing edges, got %s"),
  HISTOGRAM_NO_VALUES("Histogram.NoValues",
      "categorical axis '%s' of @Histogram '%s' needs at least one value"),
  HISTOGRAM_MIXED_COLLECTIONS("Histogram.MixedCollections",
      "@Histogram '%s' fills every object of both %s and %s; per-object axes must share one collection"),
  COLOUT_UNKNOWN_COLLECTION("ColOut.UnknownCollection",
      "@ColOut collection '%s' is neither a NanoAOD collection nor an @ObjectSelection%s"),
  PARAM_FILE_NOT_FOUND("Param.FileNotFound",
      "parameter file '%s' is not found; looked in %s"),
  PARAM_FILE_INVALID("Param.FileInvalid", "parameter file '%s' cannot be loaded: %s"),
  PARAM_MISSING("Param.Missing", "parameter '%s' is not defined: %s"),
  PARAM_MANDATORY("Param.MandatoryMissing",
      "parameter '%s' is '???' (mandatory) at %s and no later parameter file sets it"),
  PARAM_WRONG_TYPE("Param.WrongType",
      "parameter '%s' is %s at %s, but '%s' is %s; %s"),
  PARAM_UNSUPPORTED_TYPE("Param.UnsupportedType",
      "@Param parameter '%s' of '%s' is %s; use float, double, int, long, boolean or String"),
  PARAM_WITH_COL("Param.WithCol",
      "parameter '%s' of '%s' has both @Col and @Param; it reads either a column or a parameter"),
  WEIGHT_NO_NAME("Weight.NoName",
      "@Weight method '%s' has no name; give name = \"...\" (only standard weights have a default)"),
  WEIGHT_STANDARD_PLACEMENT("Weight.StandardPlacement", "%s"),
  WEIGHT_STANDARD_ATTRIBUTE("Weight.StandardAttribute",
      "standard weight '%s' does not use %s; %s"),
  WEIGHT_NEEDS_COLLECTION("Weight.NeedsCollection",
      "standard weight '%s' multiplies one factor per %s; name the objects, as collection = \"%s\""),
  WEIGHT_WRONG_COLLECTION("Weight.WrongCollection",
      "standard weight '%s' needs a collection of %s objects, but '%s' is %s"),
  WEIGHT_BTAG_DISCRIMINANT("Weight.BTagDiscriminant",
      "standard weight '%s' reads Jet_%s, but parameter '%s' is \"%s\" at %s; shape scale"
      + " factors of another tagger are not supported, so drop the period or set the parameter"
      + " to btagDeepFlavB"),
  YEARS_MISSING("Analysis.NeedsYears",
      "%s reads per-period parameters; list the periods, as @Analysis(years = {\"2018\"})"),
  COLOUT_UNKNOWN_FIELD("ColOut.UnknownField",
      "@ColOut collection '%s' has no field '%s' (no branch '%s')%s"),
  COLOUT_EMPTY_POSITIONS("ColOut.EmptyPositionRange",
      "@ColOut '%s' exports positions posStart = %d <= k < posEnd = %d, which is empty; give 0 <= posStart < posEnd"),
  COLOUT_FILL_WITHOUT_POSITIONS("ColOut.FillWithoutPositions",
      "@ColOut '%s' sets fill = %s but exports every object, so nothing is padded; add posEnd or remove fill"),
  COLOUT_START_WITHOUT_END("ColOut.StartWithoutEnd",
      "@ColOut '%s' sets posStart = %d without posEnd; fixed positions need an end, as posEnd = %d"),
  COLOUT_FLATTEN_WITH_POSITIONS("ColOut.FlattenWithPositions",
      "@ColOut '%s' sets flatten = true and posEnd = %d; fixed positions are one value per event, so there is nothing to flatten: remove flatten or the positions"),
  HISTOGRAM_AXIS_METHOD_MISSING("Histogram.AxisMethodMissing",
      "axis '%s' of @Histogram '%s' names method '%s', which does not exist in %s%s"),
  HISTOGRAM_AXIS_NEEDS_METHOD("Histogram.AxisNeedsMethod",
      "both axes of @Histogram '%s' take the result of '%s'; name the value of one axis, as @Axis(method = \"ptll\")");

  private final String id;
  private final String format;

  Diagnostic(String id, String format) {
    this.id = id;
    this.format = format;
  }

  /** The stable id, as in {@code [cortado:<id>]}. */
  public String id() {
    return id;
  }

  /** The prefix every printed message starts with. */
  public String tag() {
    return "[cortado:" + id + "]";
  }

  /** All diagnostics are errors. */
  public Kind kind() {
    return Kind.ERROR;
  }

  /** The full printed message. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, format, args);
  }

  /** " Did you mean 'x'?" or nothing, for messages that end with a suggestion. */
  public static String didYouMean(String suggestion) {
    return suggestion == null || suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?";
  }
}
