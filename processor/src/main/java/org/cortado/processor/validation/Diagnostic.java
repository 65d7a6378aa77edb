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
  COLUMN_UNKNOWN("Column.Unknown",
      "'%s' is neither a branch of schema %s nor a column of the analysis%s"),
  COLUMN_WRONG_TYPE("Column.WrongType",
      "'%s' is %s, but parameter '%s' is %s; declare it as %s"),
  COLUMN_NEEDS_POS("Column.NeedsPos",
      "'%s' has one value per object of %s; read the k-th object with pos = k, or read it in an @ObjectSelection"),
  COLUMN_POS_ON_EVENT("Column.PosOnEventColumn", "'%s' has one value per event; remove pos = %d"),
  COLUMN_WRONG_COLLECTION("Column.WrongCollection",
      "'%s' is not a field of %s, the collection this method loops over"),
  COLUMN_NOT_YET_BUILT("Column.NotYetBuilt",
      "'%s' needs the object collection %s, which is built after the skim; move the cut to Stage.PRESELECTION or read raw NanoAOD branches"),
  COLLECTION_UNKNOWN("ObjectSelection.UnknownCollection",
      "collection '%s' is neither a NanoAOD collection nor declared by the analysis%s"),
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
      "%s method '%s' of @Weight '%s' must read the same columns and parameters, with the same types and return type, as '%s': %s"),
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
      "both axes of @Histogram '%s' take the result of '%s'; name the value of one axis, as @Axis(method = \"ptll\")"),
  YEAR_UNKNOWN("Analysis.UnknownYear",
      "'%s' is not a data-taking period of the parameters (lumi.picobarns defines %s)%s"),
  COLUMN_POS_IN_LOOP("Column.PositionalInLoop",
      "'%s' reads object %d of %s inside a loop over the objects of %s, where a missing object has no sensible meaning; take the whole collection as a view instead (a parameter whose type extends CollectionView)"),
  COLUMN_MISSABLE_IN_LOOP("Column.MissableInLoop",
      "derived column '%s' can be missing in an event (it reads an object by position); %s runs once per object and cannot use a missing value; read the collections it needs as views instead"),
  COLUMN_NOT_A_VIEW("Column.NotAView",
      "'%s' is a collection; declare parameter '%s' as an interface extending CollectionView to read its objects, or read one field by position, as @Col(value = \"%s_pt\", pos = 0)"),
  COLUMN_VIEW_OF_NON_COLLECTION("Column.ViewOfNonCollection",
      "parameter '%s' is a view, but '%s' is not a collection%s"),
  COLUMN_CHOICE_FAILED("Column.ChoiceFailed", "cannot resolve '%s': %s"),
  COLUMN_PERIODS_DISAGREE("Column.PeriodsDisagree",
      "'%s' names columns of different kinds in different periods (%s); every period must give a column of the same kind and type"),
  FLAGS_NOT_BOOLEAN("Flags.NotBoolean",
      "'%s' is %s, but a Flags parameter reads boolean branches only"),
  COLUMN_ON_WITHOUT_FLAGS("Column.OnWithoutFlags",
      "@Col(on = EventKind.%s) on parameter '%s' applies to Flags parameters only; restrict the whole %s with on = EventKind.%s instead"),
  VIEW_NOT_IMPLEMENTABLE("View.NotImplementable",
      "view %s cannot be implemented by the generated kernel: %s"),
  VIEW_BAD_ACCESSOR("View.BadAccessor",
      "method %s of view %s is abstract but is not an accessor; declare it as 'T %s(int i)' with T the field's primitive type, or give it a default body"),
  VIEW_UNKNOWN_FIELD("View.UnknownField",
      "view %s bound to '%s': accessor %s() reads field '%s', which %s has not%s"),
  VIEW_WRONG_TYPE("View.WrongType",
      "view %s bound to '%s': accessor %s() returns %s, but field '%s' is %s; declare it as %s"),
  DERIVED_NOT_VALUE("Derived.NotValue",
      "@Derived method '%s' must return a primitive value (float, double, int, long, short, byte or boolean), but returns %s"),
  SUBSAMPLE_BAD_NAME("Subsample.BadName",
      "@Subsample %s '%s' is not a name it can be written under; use letters, digits, '_' and '-', without '__', which joins sample and subsample"),
  SUBSAMPLE_CUT_STAGE("Subsample.CutStage",
      "@Subsample '%s' uses cut '%s' of stage %s; a subsample splits the events that reach the categories, so its cuts are of stage CATEGORY"),
  DERIVED_BAD_NAME("Derived.BadName",
      "@Derived name '%s' is not a column name; use letters, digits and '_', not starting with a digit"),
  DERIVED_UNKNOWN_COLLECTION("Derived.UnknownCollection",
      "@Derived '%s' is a field of '%s', which is neither a NanoAOD collection nor declared by the analysis%s"),
  NAME_SHADOWS_NANOAOD("Name.ShadowsNanoAod",
      "%s '%s' has the name of a NanoAOD %s; choose another name, so that every name means one thing"),
  DEPENDENCY_CYCLE("Dependency.Cycle", "%s needs itself, through %s"),
  CUT_SKIM_NEEDS_COLLECTION("Cut.SkimNeedsCollection",
      "skim cut '%s' reads %s, which needs %s, built only after the skim; make it a preselection cut (stage = Stage.PRESELECTION)"),
  EVENT_KIND_MISMATCH("EventKind.Mismatch",
      "%s acts on %s, but reads derived column '%s', which exists for %s only; restrict it too, with on = EventKind.%s"),
  MERGE_UNKNOWN_COLLECTION("Merge.UnknownCollection",
      "@Merge '%s' merges '%s', which is neither a NanoAOD collection nor declared by the analysis%s"),
  MERGE_BAD_SORT_BY("Merge.BadSortBy",
      "@Merge '%s' sorts by '%s', which is not a numeric field of every merged collection%s"),
  COLOUT_PER_OBJECT_COLUMN("ColOut.PerObjectColumn",
      "@ColOut of per-event columns exports '%s', which has one value per object of %s; export it in an @ColOut with collection = \"%s\""),
  PARAM_CHOICE_FAILED("Param.ChoiceFailed", "cannot resolve parameter path '%s': %s"),
  COLOUT_RESERVED_NAME("ColOut.ReservedName",
      "@ColOut column '%s' would collide with the weight columns every column output gets ('weight', 'weight_variation_<variation>'); export it as a @Derived column of another name"),
  COLOUT_EVENT_OPTIONS("ColOut.EventOptions",
      "@ColOut of per-event columns sets %s, which applies to the objects of a collection only; remove it, or name the collection"),
  CALIBRATOR_UNKNOWN("Calibrator.Unknown", "'%s' is not a calibrator Cortado knows (%s)%s"),
  CALIBRATOR_NEEDS("Calibrator.Needs",
      "calibrator '%s' reads what %s calibrates; list %s before it in @Analysis(calibrators)"),
  CALIBRATOR_PARAMS("Calibrator.Params",
      "calibrator '%s' cannot be set up from the parameters: %s"),
  CALIBRATOR_UNUSED("Calibrator.Unused",
      "calibrator '%s' replaces %s, which the analysis never reads; remove it"),
  SHAPE_VARIATION_UNKNOWN("ShapeVariation.Unknown",
      "shape variation '%s' is neither a calibrator of @Analysis(calibrators) nor a variation one offers in the parameters (%s)%s"),
  SHAPE_VARIATION_PERIODS("ShapeVariation.NotInPeriods",
      "shape variation '%s' is not offered in %s; add it to the parameters of those periods or run them as another analysis"),
  SKIM_READS_CALIBRATED("Cut.SkimReadsCalibrated",
      "%s is a skim cut, which runs before the calibrators, but reads '%s', which %s %s; make it a PRESELECTION cut");

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

  /**
   * The end of a message about a branch that is not in the schema: a close name, or how to check
   * the analysis against a schema that has the branch.
   */
  public static String didYouMeanOrSchema(String suggestion) {
    return suggestion == null || suggestion.isEmpty()
        ? "; if your files have it, write their schema with 'cortado schema FILE -o"
            + " src/main/resources/<name>.schema.tsv' and name it in @Analysis(schema ="
            + " \"<name>.schema.tsv\")"
        : didYouMean(suggestion);
  }

  /** " Did you mean 'x'?" or nothing, for messages that end with a suggestion. */
  public static String didYouMean(String suggestion) {
    return suggestion == null || suggestion.isEmpty() ? "" : "; did you mean '" + suggestion + "'?";
  }
}
