package org.cortado.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field an accessor of a {@link CollectionView} reads, when the method name is not the
 * field: {@code @Field("pfRelIso04_all") float iso(int i)}. The name may be chosen by parameters,
 * as {@code @Field("${object_preselection.Muon.id}") boolean id(int i)}; see {@link Col} for the
 * {@code ${...}} syntax.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Field {
  /** The field, without the collection prefix. */
  String value();
}
