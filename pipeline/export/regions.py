"""ACLED's geography columns for a country: its region, numeric ISO code and ACLED name.

ACLED's `region` is one of 17 names. Most follow the UN M49 sub-regions, with ACLED's own
groupings where they differ: the Middle East (Western Asia plus Iran, without the Caucasus),
Caucasus and Central Asia, South Asia (with Afghanistan and without Iran), and North America
(United States, Canada and the North Atlantic territories; Mexico is Central America). The
table below lists every ISO 3166-1 alpha-3 code by region; `tests/test_export_acled.py` checks
that it covers every country pycountry knows. `iso` is the ISO 3166-1 numeric code (ACLED
writes it as an integer, e.g. 4 for Afghanistan); Kosovo has none and ACLED uses 0.
"""

from __future__ import annotations

import functools

import pycountry

from pipeline.extract.countries import COUNTRIES

_REGIONS: dict[str, str] = {
    "Western Africa": "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Middle Africa": "AGO CMR CAF TCD COG COD GNQ GAB STP",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE "
                      "IOT ATF",
    "Southern Africa": "BWA SWZ LSO NAM ZAF",
    "Northern Africa": "DZA EGY LBY MAR SDN TUN ESH",
    "South Asia": "AFG BGD BTN IND MDV NPL PAK LKA",
    "Southeast Asia": "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG MAC JPN PRK KOR MNG TWN",
    "Middle East": "BHR IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR ARE YEM",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "ALB AND AUT BLR BEL BIH BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA LVA LIE "
              "LTU LUX MLT MDA MCO MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE UKR GBR "
              "VAT FRO GIB GGY JEY IMN ALA SJM XKX",
    "North America": "USA CAN BMU GRL SPM",
    "Central America": "MEX BLZ CRI SLV GTM HND NIC PAN",
    "Caribbean": "ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO PRI ABW CUW SXM BES VGB VIR CYM TCA "
                 "AIA MSR GLP MTQ BLM MAF",
    "South America": "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN FLK GUF SGS",
    "Oceania": "AUS NZL FJI PNG SLB VUT NCL PYF WSM TON KIR TUV NRU FSM MHL PLW GUM MNP ASM COK NIU TKL "
               "WLF PCN NFK CCK CXR HMD UMI",
    "Antarctica": "ATA BVT",
}
REGION_OF: dict[str, str] = {iso3: region for region, codes in _REGIONS.items() for iso3 in codes.split()}
ACLED_REGIONS = tuple(_REGIONS)


def acled_region(iso3: str | None) -> str | None:
    """ACLED's region of a country, e.g. PAK -> South Asia; None when unknown."""
    return REGION_OF.get(iso3 or "")


@functools.cache
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code as ACLED writes it (AFG -> 4); 0 for Kosovo; None when unknown."""
    if not iso3:
        return None
    if iso3 == "XKX":
        return 0
    country = pycountry.countries.get(alpha_3=iso3)
    return int(country.numeric) if country is not None else None


@functools.cache
def acled_country_name(iso3: str | None) -> str | None:
    """ACLED's name of a country ("Democratic Republic of Congo"), else its ISO short name."""
    if not iso3:
        return None
    if iso3 in COUNTRIES:
        return COUNTRIES[iso3].name
    country = pycountry.countries.get(alpha_3=iso3)
    return country.name if country is not None else None
