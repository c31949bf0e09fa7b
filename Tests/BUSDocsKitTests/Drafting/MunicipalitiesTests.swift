import Testing
@testable import BUSDocsKit

/// `new --area`: the municipality's official name from the county's table, never a guess.
@Suite struct MunicipalitiesTests {
    @Test func theCountysMunicipalitiesByTheirOfficialNames() {
        #expect(Municipalities.county.count == 26)
        #expect(Municipalities.official(forArea: "Solna") == "Solna stad")
        #expect(Municipalities.official(forArea: "solna") == "Solna stad")
        #expect(Municipalities.official(forArea: "Solna stad") == "Solna stad")
        #expect(Municipalities.official(forArea: "Solna kommun") == "Solna stad")
        #expect(Municipalities.official(forArea: "Stockholm") == "Stockholms stad")
        #expect(Municipalities.official(forArea: "Sundbyberg") == "Sundbybergs stad")
        #expect(Municipalities.official(forArea: "Lidingö") == "Lidingö stad")
        #expect(Municipalities.official(forArea: "Vaxholm") == "Vaxholms stad")
        #expect(Municipalities.official(forArea: "Danderyds") == "Danderyds kommun")
        #expect(Municipalities.official(forArea: "Täby") == "Täby kommun")
        #expect(Municipalities.official(forArea: "taby") == "Täby kommun")
        #expect(Municipalities.official(forArea: "Upplands-Väsby") == "Upplands Väsby kommun")
        #expect(Municipalities.official(forArea: "Upplands Bro") == "Upplands-Bro kommun")
    }

    @Test func stockholmsDistrictsArePartOfStockholmsStad() {
        #expect(Municipalities.official(forArea: "Rinkeby-Kista") == "Stockholms stad")
        #expect(Municipalities.official(forArea: "Bromma") == "Stockholms stad")
        #expect(Municipalities.official(forArea: "Rinkeby-Kista och Spånga-Tensta") == "Stockholms stad")
        #expect(Municipalities.official(forArea: "enskede-årsta-vantör") == "Stockholms stad")
        #expect(Municipalities.isStockholmDistrict("Skärholmen och Hägersten-Älvsjö"))
        #expect(!Municipalities.isStockholmDistrict("Täby"))
    }

    @Test func anAreaOfTwoMunicipalitiesNamesBoth() {
        #expect(Municipalities.official(forArea: "Sollentuna och Upplands Väsby") == "Sollentuna kommun och Upplands Väsby kommun")
        #expect(Municipalities.official(forArea: "Vaxholm–Österåker") == "Vaxholms stad och Österåkers kommun")
    }

    @Test func anAreaItCannotPlaceGetsNoName() {
        #expect(Municipalities.official(forArea: "Järva") == nil)
        #expect(Municipalities.official(forArea: "Uppsala") == nil)
        #expect(Municipalities.official(forArea: "Täby och Uppsala") == nil)
        #expect(Municipalities.official(forArea: "") == nil)
    }

    /// The title, the area and every party name are written with the area's name: as the table writes it.
    @Test func anAreaIsWrittenAsTheTableWritesIt() {
        #expect(Municipalities.spelling(ofArea: "ekerö") == "Ekerö")
        #expect(Municipalities.spelling(ofArea: "upplands-väsby") == "Upplands Väsby")
        #expect(Municipalities.spelling(ofArea: "upplands bro") == "Upplands-Bro")
        #expect(Municipalities.spelling(ofArea: "Rinkeby-kista") == "Rinkeby-Kista")
        #expect(Municipalities.spelling(ofArea: "rinkeby-kista och spånga-tensta") == "Rinkeby-Kista och Spånga-Tensta")
        #expect(Municipalities.spelling(ofArea: "vaxholm–österåker") == "Vaxholm–Österåker")
        #expect(Municipalities.spelling(ofArea: "Danderyds") == "Danderyd")
        #expect(Municipalities.spelling(ofArea: "solna stad") == "Solna")
        #expect(Municipalities.spelling(ofArea: "Värmdö kommun") == "Värmdö")
        #expect(Municipalities.spelling(ofArea: "Danderyds kommun") == "Danderyd")
        #expect(Municipalities.spelling(ofArea: "Stockholms stad") == "Stockholm")
        #expect(Municipalities.spelling(ofArea: "Sollentuna kommun och Upplands Väsby kommun") == "Sollentuna och Upplands Väsby")
        #expect(Municipalities.spelling(ofArea: "Rinkeby-Kista stadsdelsområde") == "Rinkeby-Kista")
        #expect(Municipalities.spelling(ofArea: "Täby") == "Täby")
        #expect(Municipalities.spelling(ofArea: "Täby och Uppsala") == nil)
        #expect(Municipalities.spelling(ofArea: "Järva") == nil)
    }

    /// A place one or two letters from one in the table is taken for a typo of it; others get no guess.
    @Test func aMisspeltAreaHasTheNearestAsSuggestion() {
        #expect(Municipalities.suggestion(forArea: "Sigtna") == "Sigtuna")
        #expect(Municipalities.suggestion(forArea: "Stockhom") == "Stockholm")
        #expect(Municipalities.suggestion(forArea: "Sigtna kommun") == "Sigtuna")
        #expect(Municipalities.suggestion(forArea: "Nacka och Värmdå") == "Nacka och Värmdö")
        #expect(Municipalities.suggestion(forArea: "Rinkeby-Kitsa") == "Rinkeby-Kista")
        #expect(Municipalities.suggestion(forArea: "Sigtuna") == nil, "not a typo")
        #expect(Municipalities.suggestion(forArea: "Järva") == nil)
        #expect(Municipalities.suggestion(forArea: "Uppsala") == nil)
    }
}
