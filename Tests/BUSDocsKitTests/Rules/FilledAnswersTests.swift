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

    /// A child named with an age, a class or a parent, and a date of birth, in a form's answers as in an
    /// agreement: each is personal data; an official and the date of a meeting are not.
    @Test func aChildsAgeClassOrDateOfBirthInAnAnswerIsPersonalData() throws {
        let json = """
            [{"name": "beskrivning", "label": "Beskrivning", "value": "Sara, 8 år, har väntat på BUP sedan i våras."},
             {"name": "arende", "label": "Ärendet", "value": "Elias Andersson i klass 4B fick ingen SIP."},
             {"name": "kontakt", "label": "Kontakt", "value": "Mamma till Noah Berg ringde skolan."},
             {"name": "fodd", "label": "Uppgifter", "value": "Barnet är född 2015-03-12."},
             {"name": "allt", "label": "Beskrivning", "value": "Maja Lind, född den 12 mars 2015, i åk 5, 20150312-2382."},
             {"name": "mote", "label": "Möte", "value": "Mötet 2025-03-12 leddes av rektor Johan Berg, för elever i åk 7–9."}]
            """
        let answers = try FilledAnswer.decode(Data(json.utf8))
        #expect(answers.map(\.personalData) == [.name, .name, .name, .dateOfBirth, [.number, .name, .dateOfBirth], nil])
    }

    /// A child's address and phone number in an answer are personal data; an office's to contact is not.
    @Test func aChildsAddressOrPhoneNumberInAnAnswerIsPersonalData() throws {
        let json = """
            [{"name": "beskrivning", "label": "Beskrivning", "value": "Flickan bor på Bollmoravägen 12 och nås på 073-555 12 34."},
             {"name": "kontakt", "label": "Kontakt", "value": "Vårdnadshavarna kan kontakta elevhälsan på 08-555 123 45."}]
            """
        #expect(try FilledAnswer.decode(Data(json.utf8)).map(\.personalData) == [.contact, nil])
    }

    /// A name not on the list of first names where a name stands, a family's name in the place of a
    /// meeting, a date of birth written short: each is personal data; the place of a meeting is not.
    @Test func aNameOffTheListOrADateWrittenShortInAnAnswerIsPersonalData() throws {
        let json = """
            [{"name": "beskrivning", "label": "Beskrivning", "value": "Flickan Hodan"},
             {"name": "arende", "label": "Ärendet", "value": "Yasin, 10 år"},
             {"name": "namn", "label": "Beskrivning", "value": "Eleven heter Linnea"},
             {"name": "fodd", "label": "Uppgifter", "value": "Barnet är fött 2013-09-30"},
             {"name": "kort", "label": "Uppgifter", "value": "f. 30/9-13"},
             {"name": "parentes", "label": "Uppgifter", "value": "(130930)"},
             {"name": "plats", "label": "Plats", "value": "familjen Mohamud, Husbygårdsvägen 3"},
             {"name": "motesplats", "label": "Plats", "value": "Husby skola, rum 12, familjen kallas"},
             {"name": "anledning", "label": "Anledning", "value": "Mohammed (11) har inte varit i skolan sedan oktober."},
             {"name": "bilaga", "label": "Bilaga", "value": "Se Bilaga (2) och Skolfam (3)."}]
            """
        let answers = try FilledAnswer.decode(Data(json.utf8))
        // The family's name and its address.
        #expect(answers.map(\.personalData) == [.name, .name, .name, .dateOfBirth, .dateOfBirth, .dateOfBirth, [.name, .contact], nil, .name, nil])
    }
}
