import BUSDocsKit
import Testing

@Suite struct BUS018PersonalIdentityNumbersTests {
    @Test func datesAndOtherNumbersPass() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Dnr 2017-01-01, tel 08-123 456 78, 1234567890123, 201701011234.")
        _ = expectFindings("BUS018", in: text, at: [])
    }

    @Test(arguments: ["121212-1212", "1212121212", "19121212-1212", "191212121212", "121212+1212", "701063-2391"])
    func personalIdentityNumberIsAnErrorAtItsFirstDigit(number: String) {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "Barnet (1️⃣\(number)) gäller.")
        let found = expectFindings("BUS018", in: text, at: ["1️⃣"], severity: .error)
        #expect(found.allSatisfy { !$0.message.sv.contains(number) && !$0.message.en.contains(number) })
    }

    @Test func wrongCheckDigitOrImpossibleDatePasses() {
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "121212-1213 och 121312-1212 och 121232-1212.")
        _ = expectFindings("BUS018", in: text, at: [])
    }

    @Test func numbersInTheFrontMatterCountToo() {
        _ = expectFindings("BUS018", in: Fixture.valid.replacing("område: Testområdet", with: "område: Testområdet 1️⃣121212-1212"), at: ["1️⃣"])
    }
}
