import Foundation
import Testing

/// `report` with one area, with an agreement that cannot be read, and for programs (`--format json`).
@Suite struct ReportLeftOutTests {
    /// A folder with the example agreements and registers, one agreement made unreadable when asked.
    static func folder(breaking agreement: String? = nil) throws -> URL {
        let folder = try BusDocsProcess.temporaryFolder()
        for name in ["Agreements", "Register"] {
            try FileManager.default.copyItem(atPath: BusDocsProcess.packageRoot.appendingPathComponent(name).path, toPath: folder.appendingPathComponent(name).path)
        }
        if let agreement {
            let file = folder.appendingPathComponent("Agreements/\(agreement)")
            var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            // A title with a colon, as someone types it: the YAML cannot be read.
            let index = try #require(lines.firstIndex { $0.hasPrefix("titel:") })
            lines[index] = "titel: Överenskommelse: BUS i området"
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// One area: no region beside it, neither its heading nor its tables, in any format.
    @Test func oneAreaHasNoRegion() throws {
        let md = try BusDocsProcess.run(["report", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--year", "2025", "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(!md.stdout.contains("redovisade områden"), "\(md.stdout)")
        #expect(md.stdout.contains("## Rinkeby-Kista"))
        let json = try BusDocsProcess.run(["report", "Agreements/rinkeby-kista-spanga-tensta-2017.md", "--year", "2025", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["region"] as? [Any])?.isEmpty == true)
        // Two areas: the region is there.
        let both = try BusDocsProcess.run(["report", "--year", "2025", "--format", "md"])
        #expect(both.stdout.contains("## Sammanfattning för de redovisade områdena"))
    }

    /// One agreement that cannot be read: the others' follow-up is made and says which area is left out
    /// and why; the finding is on stderr at path:line:col; the run fails, so CI notices.
    @Test func anUnreadableAgreementLeavesItsAreaOutAndFails() throws {
        let folder = try Self.folder(breaking: "nacka-2023.md")
        for (lang, note) in [("C", "bus-docs: the follow-up is made without an area whose agreement cannot be read\n"),
                             ("sv_SE.UTF-8", "bus-docs: uppföljningen är gjord utan ett område vars överenskommelse inte kan läsas\n")] {
            let result = try BusDocsProcess.run(["report", "--year", "2025", "--format", "md"], environment: ["LANG": lang], in: folder)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Agreements/nacka-2023.md:4:"), "\(result.stderr)")
            #expect(result.stderr.hasSuffix(note), "\(result.stderr)")
            #expect(result.stdout.contains("*Området i Agreements/nacka-2023.md är inte med: överenskommelsen kan inte läsas (rad 4, kolumn "), "\(result.stdout)")
            #expect(result.stdout.contains("## Rinkeby-Kista") && !result.stdout.contains("## Nacka"))
        }
    }

    /// `--format json`: standard error is one JSON document — the findings as `check --format json`
    /// gives them, or why the run could not be made — and the report names the area left out.
    @Test func jsonRunsWriteOneJSONDocumentOnStandardError() throws {
        let folder = try Self.folder(breaking: "nacka-2023.md")
        let result = try BusDocsProcess.run(["report", "--year", "2025", "--format", "json"], in: folder)
        #expect(result.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any], "\(result.stderr)")
        #expect(findings["version"] as? Int == 1 && findings["errors"] as? Int == 1)
        let finding = try #require((findings["diagnostics"] as? [[String: Any]])?.first)
        #expect(finding["file"] as? String == "Agreements/nacka-2023.md" && finding["line"] as? Int == 4)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let leftOut = try #require((report["leftOut"] as? [[String: Any]])?.first)
        #expect(leftOut["path"] as? String == "Agreements/nacka-2023.md")
        #expect((report["areas"] as? [[String: Any]])?.map { $0["slug"] as? String } == ["rinkeby-kista-spanga-tensta-2017"])
        // A run without findings still writes its (empty) document; a run that cannot be made says why.
        let clean = try BusDocsProcess.run(["report", "--year", "2025", "--format", "json"])
        #expect(clean.status == 0)
        let none = try #require(try JSONSerialization.jsonObject(with: Data(clean.stderr.utf8)) as? [String: Any], "\(clean.stderr)")
        #expect(none["errors"] as? Int == 0 && (none["diagnostics"] as? [Any])?.isEmpty == true)
        let refused = try BusDocsProcess.run(["report", "--year", "2031", "--format", "json"])
        #expect(refused.status == 2)
        let failure = try #require(try JSONSerialization.jsonObject(with: Data(refused.stderr.utf8)) as? [String: Any], "\(refused.stderr)")
        #expect((failure["failure"] as? [String: Any])?["exitStatus"] as? Int == 2)
    }
}

/// An agreement that did not apply at any time in the year followed up, and a year that has not begun.
@Suite struct ReportNotInForceTests {
    /// The example folder with a third agreement, Nacka's under another name and area, valid from `from` to `until`.
    static func folder(from: String, until: String) throws -> URL {
        let folder = try ReportLeftOutTests.folder()
        let nacka = try String(contentsOf: folder.appendingPathComponent("Agreements/nacka-2023.md"), encoding: .utf8)
        let other = nacka.replacing("område: Nacka", with: "område: Vallentuna")
            .replacing("  från: 2023-01-01\n  till: 2027-12-31", with: "  från: \(from)\n  till: \(until)")
        #expect(other.contains("från: \(from)"))
        try other.write(to: folder.appendingPathComponent("Agreements/vallentuna-2025.md"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The reviewer's `giltighet: { från: 2026-01-01 }` in a report for 2025, and an agreement that ended
    /// 2026-12-31 in one for 2027: left out, with one sentence under the overview; no "inget register",
    /// no folder to create.
    @Test func anAgreementNotInForceInTheYearIsLeftOut() throws {
        for (from, until, year, why) in [("2026-01-01", "2027-12-31", "2025", "Vallentuna: överenskommelsen gäller från 2026-01-01"),
                                          ("2023-01-01", "2026-12-31", "2027", "Vallentuna: överenskommelsen gällde till 2026-12-31")] {
            let folder = try Self.folder(from: from, until: until)
            let result = try BusDocsProcess.run(["report", "--year", year, "--today", "2026-11-28", "--format", "md"], in: folder)
            let sentence = "*Inte med för \(year), eftersom överenskommelsen inte gällde någon gång under året – \(why).*"
            if year == "2027" {
                // 2027 has not begun: said, not a folder to create.
                #expect(result.status == 2)
                #expect(result.stderr == "bus-docs: --year 2027: the year has not begun (today is 2026-11-28); follow up a year that has begun, e.g. --year 2026\n", "\(result.stderr)")
                let later = try BusDocsProcess.run(["report", "--year", year, "--today", "2028-02-01", "--format", "md"], in: folder)
                #expect(!later.stderr.contains("Vallentuna") && !later.stderr.contains("vallentuna"), "\(later.stderr)")
                continue
            }
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
            #expect(!result.stdout.contains("inget register") && !result.stdout.contains("## Vallentuna"), "\(result.stdout)")
            let lines = result.stdout.components(separatedBy: "\n")
            let overviewEnd = try #require(lines.firstIndex { $0.hasPrefix("| **Alla redovisade områden**") })
            #expect(lines[overviewEnd + 2] == sentence, "\(result.stdout)")
        }
    }

    /// A draft `new` wrote (no `från`) for a year it did not apply in: left out, saying it is not decided,
    /// not "inget register" with a note asking for one.
    @Test func aDraftIsLeftOut() throws {
        let folder = try ReportLeftOutTests.folder()
        let nacka = try String(contentsOf: folder.appendingPathComponent("Agreements/nacka-2023.md"), encoding: .utf8)
        let draft = nacka.replacing("område: Nacka", with: "område: Huddinge\nstatus: utkast")
            .replacing("  från: 2023-01-01\n", with: "")
        #expect(draft.contains("status: utkast") && !draft.contains("från: 2023"))
        try draft.write(to: folder.appendingPathComponent("Agreements/huddinge.md"), atomically: true, encoding: .utf8)
        let result = try BusDocsProcess.run(["report", "--year", "2025", "--today", "2026-11-28", "--format", "md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Huddinge") && !result.stderr.contains("huddinge"), "\(result.stderr)")
        #expect(!result.stdout.contains("## Huddinge"), "\(result.stdout)")
        #expect(result.stdout.contains("Huddinge: överenskommelsen är ännu inte beslutad (status: utkast)"), "\(result.stdout)")
    }

    /// The only agreement not in force in the year: refused, saying why.
    @Test func noAgreementInForceIsRefused() throws {
        let folder = try Self.folder(from: "2026-01-01", until: "2027-12-31")
        let result = try BusDocsProcess.run(["report", "Agreements/vallentuna-2025.md", "--year", "2025", "--today", "2026-11-28", "--format", "md"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "bus-docs: --year 2025: none of the agreements applied in 2025 (Vallentuna: the agreement applies from 2026-01-01); give a year in which one of them applied\n", "\(result.stderr)")
    }
}
