import BUSDocsKit
import Foundation
import Testing

/// The answers of a filled form (`--archival --filled`), as the PDF filler hands them over, checked for
/// personal data as BUS018 checks an agreement: a personal identity number or a child's name in a field.
@Suite struct FilledAnswersTests {
    /// The reviewer's `beskrivning`, and the same field written without name and number (as the message says).
    @Test func aNumberOrAChildsNameInAnAnswerIsPersonalData() throws {
        let json = """
            [{"name": "beskrivning", "label": "Beskrivning", "value": "Gäller eleven Lisa Andersson, 20150312-2382, som väntat på BUP."},
             {"name": "roll", "label": "Roll", "value": "Kurator"},
             {"name": "atgard", "label": "Åtgärd", "value": "Ring 20150312-2382 i morgon."},
             {"name": "kommentar", "label": "Kommentar", "value": "Eleven Lisa Andersson har väntat på BUP."},
             {"name": "kontakt", "label": "Kontakt", "value": "Kontaktperson Anna Svensson, enhetschef"},
             {"name": "rattad", "label": "Beskrivning", "value": "Gäller en elev som väntat på BUP."}]
            """
        let answers = try FilledAnswer.decode(Data(json.utf8))
        #expect(answers.map(\.name) == ["beskrivning", "roll", "atgard", "kommentar", "kontakt", "rattad"])
        #expect(answers.map(\.personalData) == [.numberAndName, nil, .number, .name, nil, nil])
    }
}
