import Foundation

/// The figures said as Swedish sentences, for the summary at the top of a report: "Socialtjänsten
/// skickade 56 avvikelser, varav 33 till BUP; de flesta gällde SIP." Hidden counts stay hidden.
public enum FollowUpSentences {
    /// Whose figures the sentences are: one area's, or the sum of the areas in the report.
    public enum Scope: Sendable, Equatable {
        /// One area, whose individforum meets within its agreement's deadline.
        case area(deadlineDays: Int)
        /// The areas in the report together: each has its own deadline and its own steering group.
        case areas

        /// Where a case the individforum cannot solve is lifted: the area's local steering group, or
        /// each area's own ("de lokala styrgrupperna"); never "styrgruppen" of a region, which has none.
        public var steeringGroup: String {
            self == .areas ? FollowUpSentences.localSteeringGroups : FollowUpSentences.localSteeringGroup
        }

        /// "inom 14 dagar", or "inom tidsfristen" for areas whose deadlines may differ.
        public var withinDeadline: String {
            if case let .area(days) = self { return "inom \(days) dagar" }
            return "inom tidsfristen"
        }
    }

    /// The steering group a case is lifted to from an area's individforum, as the agreements name it.
    public static let localSteeringGroup = "den lokala styrgruppen"
    /// The same, for several areas together: each lifts its cases to its own.
    public static let localSteeringGroups = "de lokala styrgrupperna"
    /// What the sum of the areas in a report is called: only the areas it reports, never the whole
    /// region, which has more areas than any register folder holds.
    public static let reportedAreas = "de redovisade områdena"

    /// A service's name in a table ("Socialtjänst", "BUP").
    public static func label(_ service: String, ruleSet: RuleSet?) -> String {
        if let known = names[service] { return known.label }
        let name = ruleSet?.services[service]?.sv ?? service
        let short = name.components(separatedBy: " (").first ?? name
        return short.prefix(1).uppercased() + short.dropFirst()
    }

    /// A service as the subject of a sentence ("socialtjänsten"), capitalised when it opens one.
    public static func subject(_ service: String, ruleSet: RuleSet?) -> String {
        names[service]?.definite ?? label(service, ruleSet: ruleSet)
    }

    static let names: [String: (label: String, definite: String)] = [
        "socialtjanst": ("Socialtjänst", "socialtjänsten"),
        "utbildning": ("Skola", "skolan"),
        "elevhalsa": ("Elevhälsa", "elevhälsan"),
        "bup": ("BUP", "BUP"),
        "hab": ("HAB", "habiliteringen"),
        "bumm": ("BUMM", "BUMM"),
        "lss": ("LSS", "LSS-handläggningen"),
        "samordnande-vardcentral": ("Samordnande vårdcentral", "den samordnande vårdcentralen"),
        "malina": ("Malinamottagning", "Malinamottagningen"),
        "polis": ("Polis", "polisen"),
    ]

    /// "56 avvikelser", "inga avvikelser", "färre än tre avvikelser" (in running text the number is a
    /// word, as Swedish writes small numbers); nil for a count hidden as "..", which may be any number
    /// from 1: a sentence about it would claim what the table does not say.
    public static func count(_ figure: Figure, _ singular: String, _ plural: String) -> String? {
        switch figure.state {
        case .small: return "färre än tre \(plural)"
        case .complement: return nil
        case .shown: return figure.value == 0 ? "inga \(plural)" : "\(figure.value) \(figure.value == 1 ? singular : plural)"
        }
    }

    /// The sentence for a count hidden as "..": what is not shown, and why.
    static func notShown(_ what: String) -> String {
        "Antalet \(what) redovisas inte, för att skydda enskilda barn."
    }

    /// The sentences of one year, for an area or the areas together. `previous`, the year before, is
    /// compared with only when `yearIsOver`: part of a year beside a whole one would read as a change.
    public static func sentences(_ figures: YearFigures, previous: YearFigures?, scope: Scope, yearIsOver: Bool, ruleSet: RuleSet?, countyBody: String) -> [String] {
        var out: [String] = []
        let previous = yearIsOver ? previous : nil
        // Individforum.
        guard let cases = count(figures.cases, "ärende", "ärenden") else {
            out.append(notShown("ärenden i individforum"))
            return out + deviationSentences(figures, previous: previous, ruleSet: ruleSet, countyBody: countyBody)
        }
        var forum = "I individforum togs \(cases) upp"
        if let share = figures.sharePercent {
            forum += "; \(share) % av ärendena fick möte \(scope.withinDeadline)"
        }
        if let median = figures.medianDays {
            forum += ", och mediantiden från uppmärksammat behov till möte var \(days(median))"
        }
        out.append(forum + ".")
        if figures.cases.value > 0 || !figures.cases.isShown {
            out.append(count(figures.lifted, "ärende", "ärenden").map { counted in
                // A sentence does not begin with a figure: "Totalt lyftes 5 ärenden …".
                figures.lifted.isShown && figures.lifted.value > 0
                    ? "Totalt lyftes \(counted) till \(scope.steeringGroup)." : capitalised(counted) + " lyftes till \(scope.steeringGroup)."
            } ?? notShown("ärenden som lyftes till \(scope.steeringGroup)"))
        }
        return out + deviationSentences(figures, previous: previous, ruleSet: ruleSet, countyBody: countyBody)
    }

    /// The deviations, the largest senders first, and the SIPs.
    static func deviationSentences(_ figures: YearFigures, previous: YearFigures?, ruleSet: RuleSet?, countyBody: String) -> [String] {
        var out: [String] = []
        // Deviations, the largest senders first.
        let senders = figures.senders.enumerated().sorted { lhs, rhs in
            figures.senderTotals[lhs.offset].value > figures.senderTotals[rhs.offset].value
        }
        for (index, sender) in senders {
            let total = figures.senderTotals[index]
            guard total.isShown, total.value >= 3 else { continue }
            var sentence = "\(capitalised(subject(sender, ruleSet: ruleSet))) skickade \(count(total, "avvikelse", "avvikelser")!)"
            // "varav 33 till BUP" names the largest receiver: said only when the whole row is shown, as
            // "the largest" would bound a hidden count beside it.
            let row = figures.matrix[index]
            if row.allSatisfy(\.isShown), let top = row.indices.max(by: { row[$0].value < row[$1].value }), row[top].value > 0,
               row.filter({ $0.value == row[top].value }).count == 1 {
                // "varav 3 till BUP" of 3 would say all of them with a number: "alla till BUP" ("båda" of 2).
                let share = row[top].value < total.value ? "varav \(number(row[top]))" : total.value == 2 ? "båda" : "alla"
                sentence += ", \(share) till \(subject(figures.receivers[top], ruleSet: ruleSet))"
            }
            // "de flesta gällde SIP" says more than half of the sender's deviations were about SIP: a lower
            // bound on the topic's count, said only when every topic's count is shown.
            if figures.topics.allSatisfy(\.count.isShown), let (topic, majority) = figures.senderTopic[sender] {
                sentence += "; \(majority ? "de flesta" : "flest") gällde \(topic.label)"
            }
            out.append(sentence + ".")
        }
        if figures.deviations.value == 0, figures.deviations.isShown {
            out.append("Inga avvikelser rapporterades.")
        } else if figures.deviations.state == .small {
            // Its breakdown is hidden too: "färre än 3 av färre än 3" would say nothing and read badly.
            out.append("Färre än tre avvikelser rapporterades; så få redovisas inte närmare.")
        } else if figures.deviations.state == .complement {
            out.append("Antalet avvikelser redovisas inte, så att ett litet antal inte kan räknas fram ur en summa.")
        } else if !(figures.principal.isShown && figures.principal.value == 0 && figures.sentToCountyBody.isShown && figures.sentToCountyBody.value == 0) {
            // Decided on what the table shows, never on a hidden count; a part hidden as ".." is left out: it may be 0.
            // "Av 85 avvikelser bedömdes 20 som principiella och 16 skickades vidare till BUSSAM."
            let of = "Av \(count(figures.deviations, "avvikelse", "avvikelser")!)"
            let principal = figures.principal.isShown && figures.principal.value == 0 ? "ingen som principiell" : "\(number(figures.principal)) som principiella"
            let sent = figures.sentToCountyBody.isShown && figures.sentToCountyBody.value == 0 ? "ingen" : number(figures.sentToCountyBody)
            switch (figures.principal.state == .complement, figures.sentToCountyBody.state == .complement) {
            case (false, false): out.append("\(of) bedömdes \(principal) och \(sent) skickades vidare till \(countyBody).")
            case (false, true): out.append("\(of) bedömdes \(principal).")
            case (true, false): out.append("\(of) skickades \(sent) vidare till \(countyBody).")
            case (true, true): break
            }
        }
        if let sips = figures.sips {
            out.append(count(sips, "SIP", "SIP").map { sips.isShown && sips.value > 0 ? "Totalt registrerades \($0)." : "\(capitalised($0)) registrerades." }
                ?? notShown("SIP"))
        }
        if let previous, previous.hasRegister, previous.deviations.isShown, figures.deviations.isShown, previous.deviations.value != figures.deviations.value {
            let verb = figures.deviations.value > previous.deviations.value ? "ökade" : "minskade"
            out.append("Antalet avvikelser \(verb) från \(previous.deviations.value) år \(previous.year) till \(figures.deviations.value) år \(figures.year).")
        }
        return out
    }

    /// A count inside a sentence: "33", "färre än tre" (never one hidden as "..": see `count`).
    static func number(_ figure: Figure) -> String {
        figure.state == .small ? "färre än tre" : figure.description
    }

    static func days(_ median: Double) -> String {
        median == median.rounded() ? "\(Int(median)) dagar" : String(format: "%.1f", median).replacingOccurrences(of: ".", with: ",") + " dagar"
    }

    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
