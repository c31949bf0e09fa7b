import BUSDocsKit
import Foundation
import Templates

/// The agreements and their registers read for a yearly follow-up (`report`, `build --register`).
struct FollowUpInput {
    var areas: [FollowUpArea] = []
    var ruleSets: [String: RuleSet] = [:]
    /// Every register file read, with its findings (none when it is fine): the report's "N filer
    /// kontrollerade" counts the files read, not the files with findings.
    var files: [CheckReport.File] = []
    /// Agreements that cannot be read, with their findings: their areas are left out of the follow-up.
    var unreadable: [CheckReport.File] = []

    /// Every register year up to `year` (all of them when nil) of every readable agreement, as of `today`
    /// (a register date after it is a finding). `named`: the paths the command line gives; when each is an
    /// agreement file, only those agreements' register folders are looked at, not the register's others.
    init(_ agreements: [CheckedAgreement], register: String, upTo year: Int?, today: LocalDate?, named: [String] = []) {
        let taken = Set(agreements.map { (RegisterReader.areaFolder(register: register, agreementPath: $0.path) as NSString).lastPathComponent })
        for checked in agreements {
            guard let document = checked.document else {
                unreadable.append(checked.reportFile)
                continue
            }
            let folder = RegisterReader.areaFolder(register: register, agreementPath: checked.path)
            let slug = (folder as NSString).lastPathComponent
            // A folder named after the area ("Nacka") is not read; said, never skipped silently.
            if let misnamed = RegisterReader.misnamedAreaFolder(register: register, agreementPath: checked.path,
                                                                 area: document.agreement.area?.value, taken: taken) {
                files.append(misnamed)
            }
            // "2025-uppfoljning", "2025 (kopia)": a year's folder under another name is said, not skipped.
            files += RegisterReader.misnamedYearFolders(in: folder, upTo: year)
            let readings = RegisterReader.years(in: folder).filter { year == nil || $0 <= year! }.map {
                RegisterReader.read(areaFolder: folder, year: $0, agreement: document.agreement, ruleSet: document.ruleSet, today: today)
            }
            files += readings.flatMap(\.files)
            ruleSets[slug] = document.ruleSet
            areas.append(FollowUpArea(
                name: document.agreement.area?.value ?? slug, slug: slug, agreement: document.agreement,
                ruleSet: document.ruleSet, registers: readings.map(\.year)))
        }
        // A register folder no agreement has ("upplands-bro" without Agreements/upplands-bro.md) is said,
        // unless the agreements are named one by one: the other folders are other areas'.
        guard !FollowUpInput.namesFiles(named) else { return }
        let folders = agreements.map { ($0.path as NSString).deletingLastPathComponent }.map { $0.isEmpty ? "." : $0 }
        var seen: Set<String> = []
        files += RegisterReader.foldersWithoutAgreement(register: register, agreementFolders: folders.filter { seen.insert($0).inserted },
                                                        taken: taken, said: Set(files.map(\.path)))
    }

    /// Whether `paths` (the command line's) name agreement files only, no folder.
    static func namesFiles(_ paths: [String]) -> Bool {
        !paths.isEmpty && paths.allSatisfy { path in
            var isFolder: ObjCBool = false
            return !(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
        }
    }

    /// The register's findings.
    var report: CheckReport { CheckReport(files: files) }

    /// The areas left out because their agreement cannot be read: the file, and its first error as the
    /// report says it (`rad 3, kolumn 5: …`).
    var leftOut: [FollowUpReport.LeftOut] {
        unreadable.map { file in
            let error = file.diagnostics.first { $0.severity == .error } ?? file.diagnostics.first
            return FollowUpReport.LeftOut(path: file.path, reason: error.map {
                "rad \($0.location.line), kolumn \($0.location.column): \($0.message.sv)"
            } ?? "filen kan inte läsas")
        }
    }

    /// The register folder an option names, or a usage failure.
    static func checkFolder(_ register: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: register, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CLIError.registerIsAFile(register)
        }
        guard FileManager.default.fileExists(atPath: register, isDirectory: &isDirectory), isDirectory.boolValue else {
            // A typo of a folder beside it ("Registr" for "Register") is named.
            let parent = (register as NSString).deletingLastPathComponent
            let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? []).filter { name in
                var folder: ObjCBool = false
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (parent as NSString).appendingPathComponent(name), isDirectory: &folder)
                    && folder.boolValue
            }
            let meant = Suggestion.nearest(to: (register as NSString).lastPathComponent, in: siblings).map { (parent as NSString).appendingPathComponent($0) }
            if let meant { throw CLIError.noSuchFolder(option: "--register", path: register, meant: meant) }
            throw CLIError.noRegisterFolder(register)
        }
    }

    /// The site's follow-up pages (`uppfoljning/YEAR.html`, one per year a register has), each as of
    /// `today`, and, per agreement file name, the link to its area's latest year.
    func sitePages(renderer: DocumentRenderer, today: LocalDate) throws -> (files: [OutputFile], links: [String: ReportLink]) {
        let years = Set(areas.flatMap { $0.registers.map(\.year) }).sorted()
        var files: [OutputFile] = []
        for year in years {
            let report = FollowUpReport(year: year, areas: areas.map { area in
                var area = area
                area.registers = area.registers.filter { $0.year <= year }
                return area
            }, suppressing: true, today: today)
            files.append(OutputFile(path: "uppfoljning/\(year).html", text: try renderer.followUpReport(report, ruleSets: ruleSets, siteHome: "../index.html")))
        }
        var links: [String: ReportLink] = [:]
        for area in areas {
            if let latest = area.registers.last?.year {
                links[area.slug] = ReportLink(year: latest, href: "uppfoljning/\(latest).html#\(area.slug)")
            }
        }
        return (files, links)
    }
}
