import Foundation
import Testing

/// `bus-docs check` end to end: exit status, output formats, bad input, from the built binary.
@Suite struct CheckCommandTests {
    static let valid = BusDocsProcess.packageRoot.appendingPathComponent("Tests/BUSDocsKitTests/Fixtures/valid.md").path

    func write(_ bytes: [UInt8], named name: String = "agreement.md") throws -> String {
        let url = try BusDocsProcess.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func realAgreementsCheckWithNoErrors() throws {
        let result = try BusDocsProcess.run(["check", "Agreements", "--today", "2026-11-24"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 errors"))
    }

    @Test func validFixtureExitsZero() throws {
        let result = try BusDocsProcess.run(["check", Self.valid, "--today", "2026-11-24"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 file checked: 0 errors, 0 warnings\n")
    }

    @Test func errorsExitOneWithPositionCaretAndHint() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt")
        let path = try write(Array(text.utf8))
        let result = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(path):65:11: error: [BUS008] consent to break secrecy must be written, not `muntligt`\nsamtycke: muntligt\n          ^\n  hint: "))
    }

    @Test func swedishLocaleGivesSwedishMessages() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt")
        let path = try write(Array(text.utf8))
        let result = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(result.stdout.contains("[BUS008] samtycke för att bryta sekretess ska vara skriftligt"))
        #expect(result.stdout.contains("1 fil kontrollerad: 1 fel, 0 varningar"))
    }

    /// A duplicated id: the message says only that; the first use is a note at its own place, under the
    /// finding, in the run's language.
    @Test func aNoteIsPrintedUnderItsFindingInTheRunsLanguage() throws {
        let path = "Tests/CLITests/Hostile/fuzz-duplicate-group.md"
        let english = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"])
        #expect(english.stdout.contains("""
            \(path):68:9: error: [BUS019] id `individforum` is already used
              - id: individforum
                    ^
              \(path):55:9: note: first used here
              hint: Give every party and group an id of its own.

            """))
        let swedish = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.contains("\(path):68:9: fel: [BUS019] id `individforum` finns redan\n  - id: individforum\n        ^\n  \(path):55:9: not: först använt här\n  tips: "))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "skolan: ska", with: "skolan: kan")
        let path = try write(Array(text.utf8))
        let plain = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"])
        #expect(plain.status == 0 && plain.stderr.isEmpty)
        // The summary says "0 errors": why the run failed is said too, in the run's language.
        let strict = try BusDocsProcess.run(["check", path, "--strict", "--today", "2026-11-24"])
        #expect(strict.status == 1 && strict.stdout.hasSuffix("1 file checked: 0 errors, 1 warning\n"))
        #expect(strict.stderr == "bus-docs: failed: --strict counts warnings as errors\n", "\(strict.stderr)")
        let swedish = try BusDocsProcess.run(["check", path, "--strict", "--format", "github", "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 1 && swedish.stderr == "bus-docs: underkänd: --strict räknar varningar som fel\n", "\(swedish.stderr)")
        // The JSON document gives the same verdict as the exit status.
        for (arguments, status, passed) in [(["--strict"], Int32(1), false), ([], Int32(0), true)] {
            let json = try BusDocsProcess.run(["check", path, "--format", "json", "--today", "2026-11-24"] + arguments)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(json.status == status)
            #expect(object["passed"] as? Bool == passed && object["strict"] as? Bool == !arguments.isEmpty && object["errors"] as? Int == 0 && object["warnings"] as? Int == 1)
        }
    }

    /// `--error BUS012` refuses an agreement that has expired, as an error in every format; the other
    /// warnings stay warnings, and an id no rule has is refused with the nearest.
    @Test func errorCountsOneRulesWarningsAsErrors() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8).replacingOccurrences(of: "  till: tillsvidare\n", with: "  till: 2025-12-31\n")
        #expect(text.contains("till: 2025-12-31"))
        let path = try write(Array(text.utf8))
        let plain = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"])
        #expect(plain.status == 0 && plain.stdout.contains(": warning: [BUS012]") && plain.stdout.hasSuffix("0 errors, 1 warning\n"), "\(plain.stdout)")
        let refused = try BusDocsProcess.run(["check", path, "--error", "bus012", "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(refused.status == 1 && refused.stdout.contains(": fel: [BUS012]") && refused.stdout.hasSuffix("1 fel, 0 varningar\n"), "\(refused.stdout)")
        let github = try BusDocsProcess.run(["check", path, "--error", "BUS012", "--format", "github", "--today", "2026-11-24"])
        #expect(github.status == 1 && github.stdout.hasPrefix("::error ") && !github.stdout.contains("::warning"), "\(github.stdout)")
        let other = try BusDocsProcess.run(["check", path, "--error", "BUS010", "--today", "2026-11-24"])
        #expect(other.status == 0)
        let unknown = try BusDocsProcess.run(["check", path, "--error", "BUS12", "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--error BUS12: ingen regel har det id:t — menade du BUS012? (bus-docs rules listar reglerna)"), "\(unknown.stderr)")
    }

    @Test func jsonOutputCountsFindings() throws {
        let path = try write(Array("---\nbus-docs: 1\n---\n".utf8))
        let result = try BusDocsProcess.run(["check", path, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? Int == 1)
        #expect((object["errors"] as? Int ?? 0) > 0)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == (object["errors"] as? Int ?? -1) + (object["warnings"] as? Int ?? -1))
        #expect(diagnostics.contains { $0["rule"] as? String == "BUS019" && $0["line"] as? Int == 1 && $0["message"] as? String == "the key `typ` is missing" })
    }

    /// Which section answered to each required topic, and how: scripts can see what BUS015 saw.
    @Test func jsonOutputShowsTheSectionOfEachTopic() throws {
        let result = try BusDocsProcess.run(["check", "Agreements/nacka-2023.md", "--format", "json", "--today", "2026-11-24"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let sections = try #require((object["sections"] as? [String: Any])?["Agreements/nacka-2023.md"] as? [String: Any])
        let followUp = try #require(sections["uppföljning"] as? [String: Any])
        #expect(followUp["heading"] as? String == "Så följer vi upp" && followUp["matchedBy"] as? String == "id" && followUp["line"] as? Int == 236)
        #expect((sections["samtycke"] as? [String: Any])?["matchedBy"] as? String == "heading")
        #expect(Set(sections.keys) == ["samtycke", "avvikelserapportering", "uppföljning", "sip"])
    }

    @Test(arguments: [
        ("empty", [UInt8](), "1:1: error: [BUS019] the file is empty"),
        ("no front matter", Array("# Rubrik\n".utf8), "1:1: error: [BUS019] the file does not start with a YAML front matter"),
        ("unterminated", Array("---\nbus-docs: 1\n".utf8), "1:1: error: [BUS019] the YAML front matter is never closed"),
        ("NUL byte", Array("---\nbus-\u{0}docs: 1\n---\n".utf8), "2:5: error: [BUS000] the file contains a NUL byte"),
        ("invalid UTF-8", Array("---\ntitel: ".utf8) + [0xE5, 0x0A] + Array("---\n".utf8), "2:8: error: [BUS000] invalid UTF-8 here"),
        ("YAML syntax", Array("---\nbus-docs: [1\n---\n".utf8), "error: [BUS019] YAML syntax error"),
    ])
    func badInputIsADiagnosticNotACrash(name: String, bytes: [UInt8], expected: String) throws {
        let path = try write(bytes)
        let result = try BusDocsProcess.run(["check", path])
        #expect(result.status == 1, "\(name): \(result.stdout) \(result.stderr)")
        #expect(result.stdout.contains(expected), "\(name): \(result.stdout)")
        #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
    }

    @Test func fiftyMegabyteFileIsRefusedBySize() throws {
        let url = try BusDocsProcess.temporaryFolder().appendingPathComponent("huge.md")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let result = try BusDocsProcess.run(["check", url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1:1: error: [BUS000] the file is 50.0 MB, over the 4.0 MB limit"))
    }

    @Test func missingPathAndEmptyFolderExitTwo() throws {
        let missing = try BusDocsProcess.run(["check", "/no/such/agreement.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "bus-docs: /no/such/agreement.md: does not exist\n")
        let swedish = try BusDocsProcess.run(["check", "/no/such/agreement.md"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stderr == "bus-docs: /no/such/agreement.md: finns inte\n")
        let folder = try BusDocsProcess.temporaryFolder()
        let empty = try BusDocsProcess.run(["check", folder.path])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no agreements (*.md files) in this folder"))
    }

    @Test(arguments: ["json", "sarif", "github"])
    func exitTwoStillGivesMachineReadableOutput(format: String) throws {
        let empty = try BusDocsProcess.temporaryFolder()
        for (path, message) in [("/no/such/agreement.md", "/no/such/agreement.md: does not exist"),
                                (empty.path, "\(empty.path): no agreements (*.md files) in this folder")] {
            let result = try BusDocsProcess.run(["check", path, "--format", format])
            #expect(result.status == 2)
            #expect(result.stderr == "bus-docs: \(message)\n", "the human message still goes to stderr")
            switch format {
            case "github":
                #expect(result.stdout == "::error::\(message)\n")
            default:
                let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
                if format == "json" {
                    #expect((object["failure"] as? [String: Any])?["message"] as? String == message)
                } else {
                    let invocation = ((object["runs"] as? [[String: Any]])?.first?["invocations"] as? [[String: Any]])?.first
                    #expect(invocation?["executionSuccessful"] as? Bool == false)
                    let notification = (invocation?["toolExecutionNotifications"] as? [[String: Any]])?.first
                    #expect((notification?["message"] as? [String: Any])?["text"] as? String == message)
                }
            }
        }
    }

    /// A CI step that runs in a subfolder of the repository: GitHub annotations, SARIF and GitLab all name
    /// the file from the repository's root, where GitHub and GitLab look for it.
    @Test func annotationsFromASubfolderNameTheFileFromTheRepositoryRoot() throws {
        let repository = try BusDocsProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repository) }
        let agreements = repository.appendingPathComponent("Agreements")
        try FileManager.default.createDirectory(at: agreements, withIntermediateDirectories: true)
        let text = try String(contentsOf: BusDocsProcess.packageRoot.appendingPathComponent("Agreements/nacka-2023.md"), encoding: .utf8)
        try text.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt")
            .write(to: agreements.appendingPathComponent("värmdö.md"), atomically: true, encoding: .utf8)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "init", "-q"]
        git.currentDirectoryURL = repository
        try git.run()
        git.waitUntilExit()
        try #require(git.terminationStatus == 0)

        let github = try BusDocsProcess.run(["check", "värmdö.md", "--format", "github", "--today", "2026-11-24"], in: agreements)
        #expect(github.status == 1)
        #expect(github.stdout.hasPrefix("::error file=Agreements/värmdö.md,line="), "\(github.stdout)")
        let gitlab = try BusDocsProcess.run(["check", "värmdö.md", "--format", "gitlab", "--today", "2026-11-24"], in: agreements)
        #expect(gitlab.stdout.contains("\"path\" : \"Agreements/värmdö.md\""), "\(gitlab.stdout)")
        // --base names another root for all three.
        let based = try BusDocsProcess.run(["check", "värmdö.md", "--format", "github", "--base", ".", "--today", "2026-11-24"], in: agreements)
        #expect(based.stdout.hasPrefix("::error file=värmdö.md,line="), "\(based.stdout)")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try BusDocsProcess.run(["check", "--format", "xml", Self.valid]).status == 2)
        #expect(try BusDocsProcess.run(["check", "--today", "2026-13-01", Self.valid]).status == 2)
        #expect(try BusDocsProcess.run(["check", "--rules", "no-such-rules", Self.valid]).status == 2)
    }

    @Test func rulesListsEveryRuleWithItsSentence() throws {
        let result = try BusDocsProcess.run(["rules", "--rules", "hök-2022"])
        #expect(result.status == 0)
        for id in (0...24).map({ String(format: "BUS%03d", $0) }) {
            #expect(result.stdout.contains("\(id)  "), "\(id) missing from rules listing")
        }
        #expect(result.stdout.contains("Rule set: hök-2022"))
        #expect(result.stdout.contains("samrådsgruppen för barns och ungas hälsa"))
    }

    /// A colon inside a value in `{ … }` and a bulleted list pasted from Word: the finding and its hint
    /// in the run's language, the hint's line quoted exactly and the list one item a line under it.
    @Test func aColonInAValueAndAPastedListAreSaidInTheRunsLanguage() throws {
        let text = try String(contentsOfFile: Self.valid, encoding: .utf8)
            .replacingOccurrences(of: "  - { part: bup, roll: Verksamhetschef }\nbilagor:", with: "  - { part: bup, roll: Verksamhetschef: BUP }\nbilagor:")
        let path = try write(Array(text.utf8))
        let english = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"])
        #expect(english.stdout.contains("""
            :75:24: error: [BUS019] YAML syntax error: the value holds a colon followed by a space — put it in quotes
              - { part: bup, roll: Verksamhetschef: BUP }
                                   ^
              hint: Write `roll: "Verksamhetschef: BUP"`.

            """), "\(english.stdout)")
        let swedish = try BusDocsProcess.run(["check", path, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.stdout.contains(":75:24: fel: [BUS019] YAML-fel: värdet innehåller ett kolon följt av mellanslag — sätt det inom citattecken\n"), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("  tips: Skriv `roll: \"Verksamhetschef: BUP\"`.\n"))

        let pasted = try String(contentsOfFile: Self.valid, encoding: .utf8)
            .replacingOccurrences(of: "Barnkonventionen gäller.", with: "Parternas ansvar:\n\u{2022}\tSocialtjänsten enligt SoL.\n\u{2022}\tBUP enligt HSL.")
        let listPath = try write(Array(pasted.utf8), named: "list.md")
        let listEnglish = try BusDocsProcess.run(["check", listPath, "--today", "2026-11-24"])
        #expect(listEnglish.stdout.contains("""
            warning: [BUS019] the bulleted list is pasted from Word and is printed as running text: its bullets (`•`) make no list in CommonMark
            """), "\(listEnglish.stdout)")
        #expect(listEnglish.stdout.contains("  hint: Write the bullets as a list, with `- ` at the start of each line:\n        - Socialtjänsten enligt SoL.\n        - BUP enligt HSL. Fristående skolor bjuds aktivt in till arbetet.\n"))
        let listSwedish = try BusDocsProcess.run(["check", listPath, "--today", "2026-11-24"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(listSwedish.stdout.contains("varning: [BUS019] punktlistan är inklistrad från Word och skrivs ut som löpande text"))
        #expect(listSwedish.stdout.contains("  tips: Skriv punkterna som en lista, med `- ` först på varje rad:\n        - Socialtjänsten enligt SoL.\n        - BUP enligt HSL. Fristående skolor bjuds aktivt in till arbetet.\n"))
    }
}
