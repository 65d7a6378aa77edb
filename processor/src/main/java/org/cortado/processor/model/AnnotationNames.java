package org.cortado.processor.model;

import org.cortado.annotations.Analysis;
import org.cortado.annotations.Categories;
import org.cortado.annotations.Category;
import org.cortado.annotations.Col;
import org.cortado.annotations.ColOut;
import org.cortado.annotations.ColOuts;
import org.cortado.annotations.CollectionView;
import org.cortado.annotations.Cut;
import org.cortado.annotations.Derived;
import org.cortado.annotations.Field;
import org.cortado.annotations.Flags;
import org.cortado.annotations.Histogram;
import org.cortado.annotations.Histograms;
import org.cortado.annotations.Merge;
import org.cortado.annotations.Merges;
import org.cortado.annotations.MultiCut;
import org.cortado.annotations.MultiCuts;
import org.cortado.annotations.ObjectSelection;
import org.cortado.annotations.Param;
import org.cortado.annotations.Subsample;
import org.cortado.annotations.Subsamples;
import org.cortado.annotations.Weight;
import org.cortado.annotations.Weights;

/** Qualified names of the analyst's annotations. */
public final class AnnotationNames {
  public static final String ANALYSIS = Analysis.class.getCanonicalName();
  public static final String CUT = Cut.class.getCanonicalName();
  public static final String COL = Col.class.getCanonicalName();
  public static final String PARAM = Param.class.getCanonicalName();
  public static final String OBJECT_SELECTION = ObjectSelection.class.getCanonicalName();
  public static final String CATEGORY = Category.class.getCanonicalName();
  public static final String CATEGORIES = Categories.class.getCanonicalName();
  public static final String SUBSAMPLE = Subsample.class.getCanonicalName();
  public static final String SUBSAMPLES = Subsamples.class.getCanonicalName();
  public static final String MULTI_CUT = MultiCut.class.getCanonicalName();
  public static final String MULTI_CUTS = MultiCuts.class.getCanonicalName();
  public static final String WEIGHT = Weight.class.getCanonicalName();
  public static final String WEIGHTS = Weights.class.getCanonicalName();
  public static final String HISTOGRAM = Histogram.class.getCanonicalName();
  public static final String HISTOGRAMS = Histograms.class.getCanonicalName();
  public static final String COL_OUT = ColOut.class.getCanonicalName();
  public static final String COL_OUTS = ColOuts.class.getCanonicalName();
  public static final String DERIVED = Derived.class.getCanonicalName();
  public static final String MERGE = Merge.class.getCanonicalName();
  public static final String MERGES = Merges.class.getCanonicalName();
  public static final String FIELD = Field.class.getCanonicalName();
  public static final String COLLECTION_VIEW = CollectionView.class.getCanonicalName();
  public static final String FLAGS = Flags.class.getCanonicalName();

  /** Annotations that only make sense inside an {@code @Analysis} class, on methods. */
  public static final String[] METHOD_ANNOTATIONS = {CUT, OBJECT_SELECTION, DERIVED, WEIGHT,
      HISTOGRAM, HISTOGRAMS};

  private AnnotationNames() {}
}
