package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files whose layout departs from the common case: all baskets embedded in the metadata, a 64-bit
 * header, a second tree, CMSSW-written LZMA NanoAOD. With no external truth for their values, the
 * check is internal consistency: every jagged branch has exactly as many elements per entry as its
 * counter says (the reader verifies each basket's data size against it), and every branch yields
 * its entry count.
 */
class EmbeddedAndLayoutTest {

  @ParameterizedTest
  @ValueSource(strings = {"scouting_nano.root", "nanoAOD_2015_CMS_Open_Data_ttbar.root", "pfnano.root",
      "nano_tree.root", "nano_dy_SpecialTree.root"})
  void everyBranchOfEveryNanoTreeIsConsistent(String name) throws IOException {
    try (RootFile file = RootFile.open(SharedData.root(name))) {
      int branches = 0;
      for (String treeName : file.treeNames()) {
        TTree tree = file.tree(treeName);
        for (Branch b : tree.branches()) {
          if (b.type() == null || b.type() == LeafType.STRING) {
            continue;
          }
          List<List<Long>> rows = BranchEntries.read(b);
          assertEquals(tree.entries(), rows.size(), treeName + "/" + b.name());
          if (b.counter() != null) {
            List<List<Long>> counts = BranchEntries.read(b.counter());
            for (int e = 0; e < rows.size(); e++) {
              assertEquals((long) counts.get(e).get(0) * b.elementsPerEntry(), rows.get(e).size(),
                  b.name() + " entry " + e);
            }
          }
          branches++;
        }
      }
      assertTrue(branches > 200, name + ": only " + branches + " branches read");
    }
  }

  @Test
  void scoutingNanoHasEveryBasketEmbedded() throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("scouting_nano.root"))) {
      Branch pt = file.tree("Events").branch("ScoutingMuon_pt");
      assertTrue(pt.embeddedBasketCount() > 0);
      assertEquals(pt.basketCount(), pt.embeddedBasketCount());
    }
  }

  @Test
  void pfnanoIsLzmaCompressedByCmssw() throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("pfnano.root"))) {
      assertEquals(209, file.compressionSetting());
      assertTrue(file.treeNames().containsAll(List.of("Events", "Runs", "LuminosityBlocks")));
    }
  }

  @Test
  void sixtyFourBitHeader() throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("uproot-issue412.root"))) {
      TTree test = file.tree("test");
      assertEquals(1_000_000, test.entries());
      for (Branch b : test.branches()) {
        assertEquals(100, b.basketCount(), b.name());
        assertEquals(1_000_000, BranchEntries.read(b).size());
      }
    }
  }

  @Test
  void specialTreeBesideEvents() throws IOException {
    try (RootFile file = RootFile.open(SharedData.root("nano_dy_SpecialTree.root"));
        RootFile plain = RootFile.open(SharedData.root("nano_dy.root"))) {
      assertTrue(file.treeNames().contains("NotEvents"));
      assertEquals(BranchEntries.read(plain.tree("Events").branch("Muon_pt")),
          BranchEntries.read(file.tree("Events").branch("Muon_pt")));
    }
  }
}
