package org.cortado.rootio;

import org.cortado.testing.BranchEntries;
import org.cortado.testing.SharedData;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input ends in a specific exception that names the file, tree, branch and basket. */
class BadInputTest {
  @TempDir Path tmp;

  private static void assertMessage(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "message lacks '" + part + "': " + e.getMessage());
    }
  }

  @Test
  void missingFile() {
    Path missing = tmp.resolve("nope.root");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> RootFile.open(missing));
    assertMessage(e, "nope.root");
  }

  @Test
  void notARootFile() throws IOException {
    Path text = Files.writeString(tmp.resolve("events.root"), "run,lumi,event\n1,2,3\n".repeat(20));
    assertMessage(assertThrows(RootFormatException.class, () -> RootFile.open(text)), "events.root", "not a ROOT file");
    Path empty = Files.write(tmp.resolve("empty.root"), new byte[0]);
    assertMessage(assertThrows(RootFormatException.class, () -> RootFile.open(empty)), "empty.root");
  }

  @Test
  void truncatedFile() throws IOException {
    byte[] full = Files.readAllBytes(SharedData.root("nano_dy.root"));
    for (int keep : new int[] {10, 70, 150, 4096, full.length / 2, full.length - 10_000, full.length - 1}) {
      Path cut = Files.write(tmp.resolve("cut-" + keep + ".root"), java.util.Arrays.copyOf(full, keep));
      RootFormatException e = assertThrows(RootFormatException.class, () -> {
        try (RootFile f = RootFile.open(cut)) {
          TTree t = f.tree("Events");
          for (Branch b : t.branches()) {
            BranchEntries.read(b);
          }
        }
      }, "truncated at " + keep);
      assertMessage(e, "cut-" + keep + ".root");
    }
  }

  @Test
  void unknownTreeAndBranch() throws IOException {
    try (RootFile f = RootFile.open(SharedData.root("nano_dy.root"))) {
      assertMessage(assertThrows(RootFormatException.class, () -> f.tree("Event")), "nano_dy.root", "'Event'", "Events");
      TTree events = f.tree("Events");
      assertMessage(assertThrows(RootFormatException.class, () -> events.branch("Muon_ptt")),
          "nano_dy.root", "'Events'", "'Muon_ptt'", "did you mean 'Muon_pt'");
    }
  }

  @Test
  void wrongTypeAndUnsupportedLeaf() throws IOException {
    try (RootFile f = RootFile.open(SharedData.root("nano_dy.root"))) {
      Branch nMuon = f.tree("Events").branch("nMuon");
      assertMessage(assertThrows(RootFormatException.class, () -> nMuon.readFloats(0, 1, new float[1])),
          "'nMuon'", "UInt_t", "float[]");
    }
    try (RootFile f = RootFile.open(SharedData.root("uproot-sample-6.20.04-zlib.root"))) {
      Branch str = f.tree("sample").branch("str");
      assertMessage(assertThrows(RootFormatException.class, () -> str.readBytes(0, 1, new byte[10])),
          "'str'", "readStrings");
    }
  }

  /** Rewrites fields of the first basket of Muon_pt in a copy of nano_dy.root. */
  private Path withBasketField(String name, int offsetInKey, int value) throws IOException {
    Path source = SharedData.root("nano_dy.root");
    long seek;
    int keylen;
    try (RootFile f = RootFile.open(source)) {
      seek = f.tree("Events").branch("Muon_pt").basketSeek(0);
      keylen = Key.read(ByteReader.of(f.readAt(seek, 200, "test"), "test")).keyLength();
    }
    byte[] bytes = Files.readAllBytes(source);
    int at = (int) seek + (offsetInKey >= 0 ? offsetInKey : keylen + offsetInKey);
    ByteBuffer.wrap(bytes).putInt(at, value);
    return Files.write(tmp.resolve(name), bytes);
  }

  @Test
  void basketWhoseSizesLie() throws IOException {
    // fNevBuf (key-relative keylen - 9) and fObjlen (offset 6) of basket 0 of Muon_pt.
    for (Path lying : new Path[] {withBasketField("nevbuf.root", -9, 39), withBasketField("objlen.root", 6, 1 << 30),
        withBasketField("nbytes.root", 0, 123)}) {
      try (RootFile f = RootFile.open(lying)) {
        Branch pt = f.tree("Events").branch("Muon_pt");
        RootFormatException e = assertThrows(RootFormatException.class, () -> BranchEntries.read(pt));
        assertMessage(e, lying.getFileName().toString(), "'Events'", "'Muon_pt'", "basket 0");
      }
    }
  }
}
