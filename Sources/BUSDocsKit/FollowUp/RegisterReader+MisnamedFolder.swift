import Foundation

extension RegisterReader {
    /// A folder under `register` that is an area's register under another name — the area's name
    /// ("Nacka"), its file name in another case, or without the year ("nacka") — when the area has no
    /// folder of its own: one finding there, saying which name it must have. Folders that are another
    /// agreement's (`taken`) are not looked at.
    public static func misnamedAreaFolder(register: String, agreementPath: String, area: String?, taken: Set<String>) -> CheckReport.File? {
        let own = areaFolder(register: register, agreementPath: agreementPath)
        var isDirectory: ObjCBool = false
        guard !(FileManager.default.fileExists(atPath: own, isDirectory: &isDirectory) && isDirectory.boolValue) else { return nil }
        let slug = (own as NSString).lastPathComponent
        var names = [slug]
        if let dash = slug.lastIndex(of: "-"), slug[slug.index(after: dash)...].allSatisfy(\.isNumber) { names.append(String(slug[..<dash])) }
        if let area { names.append(area) }
        let wanted = Set(names.map { $0.folded() })
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: register)) ?? []).filter { name in
            var folder: ObjCBool = false
            return !name.hasPrefix(".") && !taken.contains(name)
                && FileManager.default.fileExists(atPath: (register as NSString).appendingPathComponent(name), isDirectory: &folder) && folder.boolValue
        }.sorted()
        guard let found = folders.first(where: { wanted.contains($0.folded()) }) else { return nil }
        let path = (register as NSString).appendingPathComponent(found)
        return CheckReport.File(path: path, source: nil, diagnostics: [RegisterFilesRule().finding(
            LocalizedText(sv: "mappen `\(found)` läses inte: registret för \(agreementPath) ligger i en mapp med överenskommelsens filnamn, `\(slug)`",
                          en: "the folder `\(found)` is not read: the register of \(agreementPath) is in a folder named after the agreement's file, `\(slug)`"),
            at: .fileStart,
            hint: LocalizedText(sv: "Byt namn på mappen `\(path)` till `\(slug)`.", en: "Rename the folder `\(path)` to `\(slug)`."))])
    }
}

extension RegisterReader {
    /// Folders in an area's register that name a year up to `upTo` but are not called just that year —
    /// "2025-uppfoljning", "2025 (kopia)", "År 2025" — so are not read: one finding at each. The hint
    /// renames it to the year, or, when the year's folder is there already, moves it out of the register.
    public static func misnamedYearFolders(in areaFolder: String, upTo: Int?) -> [CheckReport.File] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: areaFolder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let read = Set(years(in: areaFolder))
        return names.compactMap { name -> CheckReport.File? in
            let path = (areaFolder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  !(name.count == 4 && Int(name) != nil), let year = yearNamed(in: name), upTo.map({ year <= $0 }) ?? true else { return nil }
            let yearPath = (areaFolder as NSString).appendingPathComponent(String(year))
            return CheckReport.File(path: path, source: nil, diagnostics: [RegisterFilesRule().finding(
                LocalizedText(sv: "mappen `\(name)` läses inte: ett års register ligger i en mapp som bara heter året, `\(year)`",
                              en: "the folder `\(name)` is not read: a year's register is in a folder named just the year, `\(year)`"),
                at: .fileStart,
                hint: read.contains(year)
                    ? LocalizedText(sv: "Mappen `\(yearPath)` finns redan och är den som läses. Flytta den här mappen ur registret: allt i det kan publiceras.",
                                    en: "The folder `\(yearPath)` is there already and is the one read. Move this folder out of the register: everything in it may be published.")
                    : LocalizedText(sv: "Byt namn på mappen `\(path)` till `\(year)`.", en: "Rename the folder `\(path)` to `\(year)`."),
                severity: read.contains(year) ? .warning : nil)])
        }
    }

    /// The one year (1900–2999) a folder's name holds as four digits of their own, nil for none or several.
    static func yearNamed(in name: String) -> Int? {
        var years: [Int] = []
        var digits = ""
        for character in name + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), (1900...2999).contains(year) { years.append(year) }
            digits = ""
        }
        return Set(years).count == 1 ? years[0] : nil
    }
}
