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
