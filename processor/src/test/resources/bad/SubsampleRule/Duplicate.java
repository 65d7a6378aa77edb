package bad.subsamplerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Subsample(sample = "DY", name = "x", cuts = {})
@Subsample(sample = "DY", name = "x") // expect-error: Name.Duplicate
class Duplicate {
}
