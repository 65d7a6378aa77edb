package org.cortado.processor.validation;

import org.cortado.processor.Fixtures;
import org.junit.jupiter.api.Test;

/** ColumnAccessRule: each bad fixture fails with its marked errors; each near miss compiles cleanly. */
class ColumnAccessRuleTest {
  @Test
  void needsPos() {
    Fixtures.assertErrors("bad/ColumnAccessRule/NeedsPos.java");
  }

  @Test
  void needsPosNearMiss() {
    Fixtures.assertClean("near/ColumnAccessRule/NeedsPos.java");
  }

  @Test
  void notYetBuilt() {
    Fixtures.assertErrors("bad/ColumnAccessRule/NotYetBuilt.java");
  }

  @Test
  void notYetBuiltNearMiss() {
    Fixtures.assertClean("near/ColumnAccessRule/NotYetBuilt.java");
  }

  @Test
  void posOnEventColumn() {
    Fixtures.assertErrors("bad/ColumnAccessRule/PosOnEventColumn.java");
  }

  @Test
  void posOnEventColumnNearMiss() {
    Fixtures.assertClean("near/ColumnAccessRule/PosOnEventColumn.java");
  }

  @Test
  void wrongCollection() {
    Fixtures.assertErrors("bad/ColumnAccessRule/WrongCollection.java");
  }

  @Test
  void wrongCollectionNearMiss() {
    Fixtures.assertClean("near/ColumnAccessRule/WrongCollection.java");
  }
}
