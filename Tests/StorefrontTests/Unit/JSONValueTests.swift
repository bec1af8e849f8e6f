import Foundation
import Testing

@testable import Storefront

@Suite struct JSONValueTests {
    func roundTrip(_ json: String) throws -> String {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func keepsNumbersBooleansAndNesting() throws {
        #expect(
            try roundTrip(#"{"a":1,"b":true,"c":[false,0,2.5],"d":null,"e":{"f":"g"}}"#)
                == #"{"a":1,"b":true,"c":[false,0,2.5],"d":null,"e":{"f":"g"}}"#)
    }

    @Test func writesCompactTextForJSONB() throws {
        let value: JSONValue = ["color": "red"]
        #expect(try value.jsonText() == #"{"color":"red"}"#)
    }
}
