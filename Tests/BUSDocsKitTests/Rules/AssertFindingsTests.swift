import BUSDocsKit
import Testing
import TestSupport

/// The helper every rule test relies on must fail when a finding is missing, extra or says something else.
@Suite struct AssertFindingsTests {
    static let broken = Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n")
        .replacing("huvudman: region", with: "huvudman: kommun").replacing("huvudman: region", with: "huvudman: kommun")
        .replacing("huvudman: region", with: "huvudman: kommun")

    @Test func theExactFindingsPass() {
        assertFindings(in: Self.broken, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal", notes: [
            ExpectedNote("24:15", "the party `bup` provides BUP (child and adolescent psychiatry), which the region runs, but has `huvudman: kommun`"),
            ExpectedNote("28:15", "the party `hab` provides HAB (habilitation, Habilitering & Hälsa), which the region runs, but has `huvudman: kommun`"),
            ExpectedNote("32:15", "the party `bumm` provides BUMM (paediatric outpatient clinic, barn- och ungdomsmedicinsk mottagning), which the region runs, but has `huvudman: kommun`"),
        ])])
    }

    @Test func aMissingFindingFails() {
        withKnownIssue { assertFindings(in: Self.broken, []) }
    }

    @Test func anExtraExpectedFindingFails() {
        withKnownIssue { assertFindings(in: Fixture.valid.replacing("parter:\n", with: "1️⃣parter:\n"), [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal")]) }
    }

    @Test func anotherMessageOrSeverityOrPlaceFails() {
        withKnownIssue { assertFindings(in: Self.broken, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as principal")]) }
        withKnownIssue { assertFindings(in: Self.broken, [ExpectedFinding("1️⃣", "BUS002", "no party has `region` as its principal", .warning)]) }
        withKnownIssue { assertFindings(in: Self.broken, [ExpectedFinding("1:1", "BUS002", "no party has `region` as its principal")]) }
    }

    /// `bup` written twice: the second is the finding, the first its note (the references to `hab`, the id
    /// the second party lost, are that finding's, not findings of their own).
    static let duplicate = Fixture.valid.replacing("  - id: bup\n", with: "  - id: 2️⃣bup\n").replacing("  - id: hab\n", with: "  - id: 1️⃣bup\n")
    static let firstUsed = ExpectedNote("2️⃣", "first used here")

    @Test func theExactNotesPass() {
        assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used", notes: [Self.firstUsed])])
    }

    @Test func aMissingNoteFails() {
        withKnownIssue { assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used")]) }
    }

    @Test func anExtraExpectedNoteFails() {
        withKnownIssue {
            assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used",
                                                                 notes: [Self.firstUsed, ExpectedNote("1️⃣", "first used here")])])
        }
    }

    @Test func aMisplacedOrOtherNoteFails() {
        withKnownIssue {
            assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used", notes: [ExpectedNote("1️⃣", "first used here")])])
        }
        withKnownIssue {
            assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used", notes: [ExpectedNote("2️⃣", "used here")])])
        }
        // The note belongs to its finding: the same note expected on no finding, beside one without notes, fails.
        withKnownIssue { assertFindings(in: Self.duplicate, [ExpectedFinding("1️⃣", "BUS019", "id `bup` is already used"), ExpectedFinding("2️⃣", "BUS019", "first used here")]) }
    }

    @Test func theLineDiffShowsWhatDiffers() {
        let diff = LineDiff.text(from: "a\nb\nc\nd\ne\nf\ng", to: "a\nb\nc\nD\ne\nf\ng\nh", context: 1)
        #expect(diff == " 3: c\n-4: d\n+4: D\n 5: e\n…\n 7: g\n+8: h")
    }
}
