package bad.standardweightrule;

import org.cortado.annotations.*;

@Analysis(name = "a", years = "2018")
@Weight(standard = StandardWeight.ELECTRON_ID, collection = "Electron") // expect-error: Param.Missing
class ParamsPerYear {
}
