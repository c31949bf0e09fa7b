/// A change said as a sentence for the people who sign (`diff` as HTML or PDF): the parties and groups by
/// the names the agreement gives them, values in words; no key paths, ids, line numbers or rule ids (the
/// text and JSON formats keep those). Swedish, as every document is.
struct ChangeProse {
    let old: Agreement
    let new: Agreement

    /// A party by its name in the new version, else in the old one, else its id.
    func party(_ id: String) -> String {
        (new.party(withID: id) ?? old.party(withID: id))?.name?.value ?? id
    }

    /// A group by its name in the new version, else in the old one, else its id.
    func group(_ id: String) -> String {
        (new.groups.first { $0.id.value == id } ?? old.groups.first { $0.id.value == id })?.name?.value ?? id
    }

    /// "Verksamhetschef (bumm-jarva)" → "Verksamhetschef, Sachsska …": a role at a party, the party by name.
    func roleAtParty(_ text: String, inParentheses: Bool = false) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        let role = text[..<open].trimmingWhitespace(), id = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return role == "–" ? party(id) : inParentheses ? "\(role) (\(party(id)))" : "\(role), \(party(id))"
    }

    func sentence(_ change: Change) -> String {
        let path = change.subject.split(separator: ".").map(String.init)
        let before = change.before ?? "", after = change.after ?? ""
        func was(_ text: String) -> String {
            switch change.kind {
            case .changed: return "\(text) \(after) i stället för \(before)"
            case .added: return "\(text) \(after)"
            case .removed: return "\(text) inte längre \(before)"
            }
        }
        // A value the new version misspells: said as such, not as a new value.
        if change.kind == .changed, change.description.sv.hasSuffix(" (ogiltigt värde)") {
            return "\(capitalized(path.joined(separator: "."))): \(after) är inget giltigt värde (tidigare \(before))"
        }
        switch (path.first ?? "", path.count) {
        case ("status", _):
            return change.kind == .removed ? "Överenskommelsen anger inte längre sin status (tidigare \(before))"
                : "Överenskommelsen har nu status \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
        case ("titel", _): return change.kind == .removed ? "Titeln har tagits bort" : "Titeln är nu ”\(after)”" + (change.kind == .changed ? " (tidigare ”\(before)”)" : "")
        case ("område", _): return change.kind == .removed ? "Området (\(before)) anges inte längre" : "Området är nu \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
        case ("kommun", _): return change.kind == .removed ? "Kommunen (\(before)) anges inte längre" : "Kommunen är nu \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
        case ("regelverk", _): return change.kind == .removed ? "Regelverket (\(before)) anges inte längre" : "Överenskommelsen följer nu regelverket \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
        case ("giltighet", _) where path.last == "från":
            return change.kind == .removed ? "Giltighet: startdatumet \(before) är borttaget" : "Giltighet: gäller nu från \(after)" + (change.kind == .changed ? " i stället för från \(before)" : "")
        case ("giltighet", _):
            let until = { (value: String) in value == "tillsvidare" ? "tills vidare" : "till och med \(value)" }
            return change.kind == .removed ? "Giltighet: slutdatumet (\(until(before))) är borttaget" : "Giltighet: gäller nu \(until(after))" + (change.kind == .changed ? " i stället för \(until(before))" : "")
        case ("parter", 2):
            let id = path[1]
            switch change.kind {
            case .added: return "Ny part: \(party(id))"
            case .removed: return "Parten \(change.before ?? party(id)) har tagits bort"
            case .changed: return change.before.map { "Parten \($0) heter nu \(after)" } ?? "Parten \(party(id)) står kvar under en ny beteckning i filen"
            }
        case ("parter", _) where path.last == "namn":
            return change.kind == .changed ? "Parten \(before) heter nu \(after)" : change.kind == .added ? "Parten heter nu \(after)" : "Parten \(before) har inte längre något namn"
        case ("parter", _) where path.last == "huvudman":
            return "Huvudman för \(party(path[1])): " + (change.kind == .removed ? "anges inte längre" : "nu \(after)" + (change.kind == .changed ? " i stället för \(before)" : ""))
        case ("parter", _) where path.last == "verksamheter":
            // "bumm (BUMM (barn- och ungdomsmedicinsk mottagning))": the service by its name.
            let service = { (item: String) in
                item.firstIndex(of: " ").map { item[$0...].trimmingWhitespace() }.map { $0.hasPrefix("(") && $0.hasSuffix(")") ? String($0.dropFirst().dropLast()) : $0 } ?? item
            }
            return change.kind == .added ? "\(party(path[1])) står nu också för \(service(after))" : "\(party(path[1])) står inte längre för \(service(before))"
        case ("verksamheter", _), ("revisioner", _):
            return capitalized(change.description.sv)
        case ("grupper", 2):
            switch change.kind {
            case .added: return "Ny grupp: \(group(path[1]))"
            case .removed: return "\(group(path[1])) har tagits bort"
            // The same group under a new id in the file.
            case .changed: return "\(group(path[1])) har nu id:t \(after) (tidigare \(before))"
            }
        case ("grupper", _):
            let name = group(path[1])
            switch path[2] {
            case "möten": return change.kind == .removed ? "\(name) har inte längre någon mötesfrekvens (tidigare \(before))" : was("\(name) möts nu")
            case "namn": return change.kind == .changed ? "Gruppen \(before) heter nu \(after)" : was("Gruppens namn är nu")
            case "typ": return was("\(name) är nu av typen")
            case "ordförande": return change.kind == .removed ? "\(name) har inte längre någon ordförande angiven" : "Ordförande i \(name) är nu \(chair(after))" + (change.kind == .changed ? " i stället för \(chair(before))" : "")
            case "sammankallande": return change.kind == .removed ? "\(name) har inte längre någon sammankallande angiven" : "Sammankallande i \(name) är nu \(roleAtParty(after))" + (change.kind == .changed ? " i stället för \(roleAtParty(before))" : "")
            case "protokoll": return change.kind == .removed ? "\(name) har inte längre någon protokollmall" : "\(name) för nu protokoll med mallen \(after)"
            case "ledamöter" where path.count == 3:
                return change.kind == .added ? "\(roleAtParty(after)) är ny ledamot i \(name)" : "\(roleAtParty(before)) är inte längre ledamot i \(name)"
            case "ledamöter":
                let member = party(path[3])
                let what = path.last == "ersättare" ? "ersättare" : "roll"
                return change.kind == .removed ? "Ledamoten från \(member) i \(name) har inte längre någon \(what)" : "Ledamoten från \(member) i \(name) har nu \(what) \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
            default: return capitalized(change.description.sv)
            }
        // `samtycke: saknas` says consent is not obtained: said so, not "inhämtas nu saknas".
        case ("samtycke", _) where change.kind != .removed && after == Consent.missing.rawValue:
            return change.kind == .changed ? "Samtycke inhämtas inte längre (tidigare: \(before))" : "Överenskommelsen säger nu att samtycke inte inhämtas"
        case ("samtycke", _): return change.kind == .removed ? "Överenskommelsen säger inte längre hur samtycke inhämtas" : "Samtycke inhämtas nu \(after)" + (change.kind == .changed ? " i stället för \(before)" : "")
        case ("sip", _) where path.last == "skolan":
            return change.kind == .removed ? "Överenskommelsen säger inte längre om skolan kallar till SIP" : "Skolan \(after) nu kalla till SIP" + (change.kind == .changed ? " (tidigare: \(before))" : "")
        case ("sip", _): return change.kind == .added ? "\(capitalized(after)) kan nu kalla till SIP" : "\(capitalized(before)) kan inte längre kalla till SIP"
        case ("avvikelser", _):
            switch path.last ?? "" {
            case "mottagare": return change.kind == .removed ? "Överenskommelsen säger inte längre vem som tar emot avvikelser av principiell karaktär" : was("Avvikelser av principiell karaktär skickas nu till")
            case "första-steg": return was("Avvikelser lämnas nu först till")
            case "blankett": return was("Avvikelser rapporteras nu på blanketten")
            default: return change.kind == .removed ? "Avvikelser lyfts inte längre i en angiven ordning" : "Avvikelser lyfts nu i ordningen \(steps(after))" + (change.kind == .changed ? " i stället för \(steps(before))" : "")
            }
        case ("uppföljning", _):
            switch path.last ?? "" {
            case "per": return change.kind == .removed ? "Överenskommelsen säger inte längre hur ofta den följs upp" : was("Överenskommelsen följs nu upp")
            case "ansvarig": return change.kind == .removed ? "Ingen ansvarar längre för uppföljningen" : "Uppföljningen görs nu av \(group(after))" + (change.kind == .changed ? " i stället för av \(group(before))" : "")
            default: return change.kind == .added ? "Ny indikator för uppföljningen: \(after)" : "Indikatorn ”\(before)” följs inte längre upp"
            }
        case ("undertecknare", 3):
            return change.kind == .changed ? "För \(party(path[1])) undertecknar nu \(after) i stället för \(before)"
                : change.kind == .added ? "För \(party(path[1])) undertecknar nu \(after)" : "För \(party(path[1])) undertecknar inte längre \(before)"
        case ("undertecknare", _):
            // Several in one sentence: each party in parentheses, as its name may hold a comma.
            let removed = change.items.isEmpty ? roleAtParty(before) : change.items.map { roleAtParty($0, inParentheses: true) }.listed("och")
            return change.kind == .added ? "\(roleAtParty(after)) undertecknar nu" : "\(removed) undertecknar inte längre"
        case ("bilagor", _): return change.kind == .added ? "Ny bilaga: \(after)" : "Bilagan ”\(before)” har tagits bort"
        case ("stadsdelsområden", _): return change.kind == .added ? "Stadsdelsområdet \(after) ingår nu" : "Stadsdelsområdet \(before) ingår inte längre"
        default: return capitalized(change.description.sv)
        }
    }

    private func chair(_ value: String) -> String {
        value.hasPrefix("växlande ") ? value : party(value)
    }

    private func steps(_ value: String) -> String {
        value.components(separatedBy: ", ").map(group).joined(separator: " → ")
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
