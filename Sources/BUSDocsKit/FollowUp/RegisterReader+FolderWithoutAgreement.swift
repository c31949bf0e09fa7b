import Foundation

extension RegisterReader {
    /// Folders under `register` that no agreement's register is read from (`taken`, and the misnamed
    /// folders already said, `said`) and that no agreement file beside the agreements names
    /// (`agreementFolders`: the folders the agreements were read from; a file there that was not asked
    /// for is an area left out on purpose): one finding at each, naming the agreement file looked for.
    /// A register without its agreement is never followed up, so it is said, never skipped silently.
    public static func foldersWithoutAgreement(register: String, agreementFolders: [String], taken: Set<String>, said: Set<String>) -> [CheckReport.File] {
        guard let first = agreementFolders.first else { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: register)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.compactMap { name -> CheckReport.File? in
            let path = (register as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  !taken.contains(name), !said.contains(path),
                  !agreementFolders.contains(where: { FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(name + ".md")) })
            else { return nil }
            let agreement = (first as NSString).appendingPathComponent(name + ".md")
            return CheckReport.File(path: path, source: nil, diagnostics: [RegisterFilesRule().finding(
                LocalizedText(sv: "ingen överenskommelse för den här registermappen: `\(agreement)` finns inte, så mappen läses inte",
                              en: "no agreement for this register folder: `\(agreement)` does not exist, so the folder is not read"),
                at: .fileStart,
                hint: LocalizedText(sv: "Lägg överenskommelsen i `\(agreement)`, eller byt namn på mappen `\(path)` till namnet på överenskommelsens fil utan .md.",
                                    en: "Put the agreement in `\(agreement)`, or rename the folder `\(path)` to the name of the agreement's file without .md."),
                severity: .warning)])
        }
    }
}
