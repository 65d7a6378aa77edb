package bad.subsamplerule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@Subsample(sample = "DY", name = "b__b") // expect-error: Subsample.BadName
class BadName {
}
