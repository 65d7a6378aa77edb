package bad.coloutoptionsrule;

import org.cortado.annotations.*;

@Analysis(name = "a")
@ColOut(columns = {"MET_pt"},
    flatten = true) // expect-error: ColOut.EventOptions
class EventOptions {
}
