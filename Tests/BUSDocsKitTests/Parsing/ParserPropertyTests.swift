import BUSDocsKit
import Testing

/// Property tests: whatever the bytes, parsing and validating returns findings that point inside the
/// file, and never traps.
@Suite struct ParserPropertyTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Bytes that tend to matter to YAML, Markdown and UTF-8.
    static let interesting: [UInt8] = Array("-:{}[]#&*!|>'\"\n\r\t ,?%@`\\".utf8) + [0x00, 0xC3, 0xA5, 0xE2, 0x80, 0xFF]

    static func mutate(_ bytes: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            guard !bytes.isEmpty else { break }
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes.remove(at: index)
            case 1: bytes.insert(interesting.randomElement(using: &random)!, at: index)
            case 2: bytes[index] = interesting.randomElement(using: &random)!
            case 3: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...200, using: &random)))
            default:
                let end = min(bytes.count, index + Int.random(in: 1...80, using: &random))
                bytes.insert(contentsOf: bytes[index..<end], at: Int.random(in: 0...bytes.count, using: &random))
            }
        }
        return bytes
    }

    @Test(arguments: 0..<4)
    func mutatedAgreementsGiveFindingsInsideTheFile(batch: Int) {
        var random = SplitMix(state: UInt64(batch) &* 7919)
        let base = Array(Fixture.valid.utf8)
        let validator = Validator(today: Fixture.today)
        for _ in 0..<250 {
            let bytes = Self.mutate(base, using: &random)
            let parsed = AgreementParser.parse(bytes: bytes, path: "mutated.md")
            let lineCount = bytes.filter { $0 == 10 }.count + 1
            for finding in validator.validate(parsed) {
                #expect(finding.location.line >= 1 && finding.location.line <= lineCount, "\(finding.ruleID) at \(finding.location)")
                #expect(finding.location.column >= 1)
                #expect(!finding.message.sv.isEmpty && !finding.message.en.isEmpty)
            }
        }
    }

    @Test func truncatedAtEveryLineStillParses() {
        let lines = Fixture.valid.split(separator: "\n", omittingEmptySubsequences: false)
        let validator = Validator(today: Fixture.today)
        for count in 0...lines.count {
            let text = lines.prefix(count).joined(separator: "\n")
            let findings = validator.validate(AgreementParser.parse(bytes: Array(text.utf8), path: "cut.md"))
            if count < 79 {
                #expect(!findings.isEmpty, "cut after \(count) lines gave no finding")
            }
        }
    }
}
