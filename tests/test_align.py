"""Fact alignment: gold-scored floors on both example stories, determinism, labels and coverage."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLE, ROOT, score_story

HARBOR_GOLD = ROOT / "examples" / "harbor-bridge-closure.gold.json"
# Measured: kazakhstan b3 0.820, coverage 1.0, jaccard 0.803, conflicts 1.0/1.0; harbor b3 0.952, jaccard 0.908.
# The kazakhstan floors are the targets of the comparison issue.
KAZAKHSTAN_FLOORS = {"fact_coverage": 0.95, "fact_b3_f1": 0.80, "fact_source_jaccard": 0.80,
                     "conflict_recall": 1.0, "conflict_precision": 0.8}  # fmt: skip
HARBOR_FLOORS = {"fact_coverage": 0.95, "fact_b3_f1": 0.95, "fact_source_jaccard": 0.9,
                 "conflict_recall": 1.0, "conflict_precision": 0.5}  # fmt: skip
# Held out: written and annotated by someone who had not seen the code, measured once before any change made
# for them, then kept as regression floors after generic fixes (page furniture, dates, amounts, statuses).
# grain-port-strike first run: b3 0.741, jaccard 0.822, conflicts 0.714/0.714, cleaning 0.879, stance -0.41.
# court-water-ruling first run: b3 0.834, jaccard 0.883, conflicts 0.429/0.400, cleaning 0.959, stance 0.872.
# clinic-outbreak-recall first run: b3 0.781, jaccard 0.783, conflicts 0.714/1.000, cleaning 1.0, stance 0.224.
# council-budget-vote first run: b3 0.771, jaccard 0.774, conflicts 0.500/0.625, cleaning 1.0, stance 0.671.
# pipeline-deal first run: b3 0.792, jaccard 0.812, conflicts 0.667/0.857, cleaning 0.884, stance 0.975, one scare
# quote taken as a quote.
# quake-toll first run: b3 0.716, jaccard 0.737, conflicts 0.500/0.600, quotes 1.0/0.92, speakers 0.957, cleaning
# 0.901, stance 0.152, two scare quotes taken as quotes (stance is not pinned: the story's axis is the government's
# handling of a disaster, not the disaster).
# telecom-breach first run: b3 0.705, jaccard 0.781, conflicts 0.545/0.750, quotes 1.0/0.958, speakers 0.913,
# cleaning 0.885, stance 0.698, one scare quote taken as a quote (stance is not pinned: 0.577 once the real headline,
# not the masthead above it, was read as the title).
# rate-cut-split first run: b3 0.784, jaccard 0.774, conflicts 0.455/0.750, quotes 1.0/0.966, speakers 1.0,
# cleaning 0.885, stance 0.091, one scare quote taken as a quote (stance is not pinned: the union outlet that wants
# bigger cuts is favourable to the cut while its words are angry).
# velmora-mayor-upset first run: b3 0.709, jaccard 0.823, conflicts 0.889/0.889, quotes 1.0/1.0, speakers 0.833,
# cleaning 0.958, stance 0.975 (0.821 once two pasted pages' headlines, not their mastheads, were read as titles:
# the broadcaster's "X wins" then edges the local paper by 0.005).
# halvia-veltrim-approval first run: b3 0.754, jaccard 0.739, conflicts 0.200/0.286, quotes 1.0/1.0, speakers 0.955,
# cleaning 0.833, stance 0.406 (not pinned).
# marrendal-rail-strike first run: b3 0.723, jaccard 0.836, conflicts 0.600/0.750, quotes 1.0/0.952, speakers 0.950,
# cleaning 0.867, stance 0.551 (not pinned), one scare quote taken as a quote.
# drevholm-plant-closure first run: b3 0.694, jaccard 0.720, conflicts 0.300/0.600, quotes 1.0/0.923, speakers 1.0,
# cleaning 0.869, stance 0.971, two scare quotes taken as quotes.
# veskaria-ngo-law-protest first run: b3 0.702, jaccard 0.740, conflicts 0.300/0.375, quotes 1.0/0.958, speakers
# 1.0, cleaning 0.798, stance 0.580 (not pinned), one scare quote taken as a quote. Its summary does not lead with the
# march (LEAD_UNCHECKED): alignment gathers the evening's police action from every outlet into one six-outlet fact.
# corrant-tanker-spill first run (fb80c5b): b3 0.743, jaccard 0.798, coverage 0.944, conflicts 0.500/1.000, quotes
# 1.0/0.960, speakers 0.917, cleaning 0.814, stance 0.145 (not pinned: the axis is the shipping company's and the
# authorities' handling of the spill), one scare quote taken as a quote.
# belvarra-health-minister-quits first run (fb80c5b): b3 0.686, jaccard 0.752, coverage 0.924, conflicts
# 0.300/0.750, quotes 1.0/1.0, speakers 0.962, cleaning 0.823, stance -0.522 (not pinned: the axis is accountability
# against a political hit job, and the outlets that welcome the resignation are the angriest).
# sarnovia-post-ransomware first run (93bb9d2): b3 0.680, jaccard 0.761, coverage 0.939, conflicts 0.273/1.000, quotes
# 1.0/0.923, speakers 1.0, cleaning 0.796, stance -0.058 (not pinned: the axis is the postal service's handling of
# the attack), two scare quotes taken as quotes. Its summary leads with the parcel backlog, not the attack
# (LEAD_UNCHECKED): three of six outlets open with another angle, and the backlog is the fact the most outlets tell.
# tervassa-snap-election first run (93bb9d2): b3 0.623, jaccard 0.680, coverage 0.937, conflicts 0.182/0.250, quotes
# 0.955/1.0, speakers 0.857, cleaning 0.885, stance 0.261 (not pinned).
# ardair-pilots-strike first run (59503b0): b3 0.691, jaccard 0.771, coverage 0.936, conflicts 0.545/0.500, quotes
# 1.0/1.0, speakers 0.840, cleaning 0.856, stance -0.377 (not pinned: the axis is sympathy for the strikers).
# heskel-takeover-bid first run (59503b0): b3 0.681, jaccard 0.788, coverage 0.930, conflicts 0.364/0.500, quotes
# 1.0/0.955, speakers 0.905, cleaning 0.879, stance 0.200 (not pinned), one scare quote taken as a quote.
# kelvane-power-bank-recall first run (8791e08): b3 0.655, jaccard 0.704, coverage 0.946, conflicts 0.273/0.600,
# quotes 1.0/0.962, speakers 0.920, cleaning 0.906, stance 0.429 (not pinned), one scare quote taken as a quote.
# tolvenna-wildfire first run (8791e08): b3 0.729, jaccard 0.699, coverage 0.925, conflicts 0.455/0.778, quotes
# 1.0/0.957, speakers 0.864, cleaning 0.936, stance -0.143 (not pinned: the axis is blame for the power company), one
# scare quote taken as a quote. Neither summary passes the lead check (LEAD_UNCHECKED): the recall story's opens with
# the overheating reports and injuries, not the recall order; the wildfire story's opens with the fire's toll (area,
# homes, a firefighter killed), the main event, but one outlet tells it past its first fifth.
# gorlan-main-collapse first run (1106dc3): b3 0.622, jaccard 0.736, coverage 0.948, conflicts 0.455/0.625, quotes
# 1.0/1.0, speakers 0.962, cleaning 0.848, stance 0.771 (pinned: the axis is favour to the mining company).
# palandra-gravossa-tariffs first run (1106dc3): b3 0.679, jaccard 0.770, coverage 0.936, conflicts 0.455/0.444,
# quotes 0.967/0.967, speakers 0.897, cleaning 0.889, stance 0.600 (not pinned), one scare quote taken as a quote.
# glenharrow-water-notice first run (3f5dcde): b3 0.663, jaccard 0.747, coverage 0.948, conflicts 0.500/0.833, quotes
# 1.0/1.0, speakers 0.870, cleaning 0.961, stance -0.086 (not pinned: the axis is favour to the water company). Its
# summary is not lead-checked: it opens with the count of the sick, which two outlets give past their first fifth.
# stormwright-launch-failure first run (3f5dcde): b3 0.688, jaccard 0.700, coverage 0.979, conflicts 0.455/0.833,
# quotes 1.0/1.0, speakers 0.800, cleaning 0.950, stance -0.429 (not pinned: the axis is favour to the launch company).
# ivrenna-exam-leak first run (8f73dc5): b3 0.765, jaccard 0.744, coverage 0.988, conflicts 0.500/1.000, quotes
# 1.0/1.0, speakers 1.0, cleaning 0.933, stance 0.371 (not pinned: the axis is favour to the exams council).
# hollmay-ferry-capsize first run (8f73dc5): b3 0.666, jaccard 0.736, coverage 0.967, conflicts 0.364/0.800, quotes
# 1.0/1.0, speakers 1.0, cleaning 0.924, stance 0.600 (not pinned: the axis is favour to the ferry operator). Its
# summary is not lead-checked: it opens with how many were aboard, which three outlets give past their first fifth.
# tarnquist-grid-blackout first run (d1840ed): b3 0.684, jaccard 0.710, coverage 0.985, conflicts 0.273/0.500, quotes
# 1.0/0.970, speakers 0.844, cleaning 0.905, one scare quote taken as a quote, stance -0.232 (not pinned: the axis is
# favour to the grid operator). Its summary is not lead-checked: it opens with the night's temperature, not the
# blackout.
# kelderwick-festival-crush first run (d1840ed): b3 0.717, jaccard 0.786, coverage 0.988, conflicts 0.583/0.636,
# quotes 0.977/0.955, speakers 0.952, cleaning 0.952, two scare quotes taken as quotes, stance -0.265 (not pinned: the
# axis is favour to the promoter).
# skerrowby-derailment first run (55cbeda): a TypeError in the day check (a fact whose articles each date one event
# twice); with only that guard added: b3 0.692, jaccard 0.750, coverage 0.986, conflicts 0.417/0.455, quotes 1.0/1.0,
# speakers 0.935, cleaning 0.910, stance 0.493 (not pinned: the axis is favour to the rail operator). Its summary is
# not lead-checked: it opens with the breached tank wagons, not the derailment.
# orvanesse-congestion-charge first run (55cbeda): b3 0.689, jaccard 0.763, coverage 0.995, conflicts 0.333/0.833,
# quotes 1.0/0.977, speakers 0.976, cleaning 0.946, one scare quote taken as a quote, stance 0.928 (the axis is favour
# to the charge).
# tolvenne-bank-fine, vosquelle-flood and drummelsk-hospital-ransomware first run (f53f302): b3 0.768, 0.692 and
# 0.705; jaccard 0.712, 0.743 and 0.795; coverage 0.983, 0.995 and 1.0; conflicts 0.500/0.667, 0.500/0.833 and
# 0.583/0.875; quotes 1.0/0.970, 1.0/1.0 and 1.0/0.970; speakers 1.0, 0.902 and 0.906; cleaning 0.854, 0.925 and
# 0.931; one scare quote taken as a quote in the hospital story; stance 0.406, 0.353 and 0.290 (not pinned: the axes
# are favour to the bank, to the dam operator and to the health authority). Two summaries are not lead-checked: the
# bank's leads with the fine but its fact holds a mention from the middle of an opinion piece, and the hospital
# story's opens with the hospitals working from paper records, not the attack.
# oskavel-ammonia-leak and tollivane-tuition-fees first run (5089d47): b3 0.766 and 0.695; jaccard 0.702 and 0.759;
# coverage 0.995 and 0.985; conflicts 0.667/0.833 and 0.417/0.625; quotes 1.0/0.971 and 1.0/0.943; speakers 0.882
# and 0.970; cleaning 0.934 and 0.915; one and two scare quotes taken as quotes; stance 0.754 and 0.406 (not pinned:
# the axes are favour to the plant's owner and to the fee rise). The leak story's summary is not lead-checked: it
# opens with the count taken to hospital, which one outlet gives past its first fifth.
# skelda-pass-coach-crash and ossaryn-port-bribery first run (b1e95d6 with the story-wide count rule of cf22769,
# written before either story was seen): b3 0.704 and 0.667; jaccard 0.769 and 0.789; coverage 0.996 and 0.985;
# conflicts 0.417/0.625 and 0.333/0.800; quotes 0.947/1.0 and 1.0/0.971; speakers 0.944 and 0.909; cleaning 0.916
# and 0.921; none and one scare quote taken as a quote; stance 0.334 and 0.232 (not pinned: the axes are favour to
# the coach operator and to the arrested port chief).
# orvoskine-drone-shutdown and orvelic-rental-cap first run (06d5657 less its fix, the story-wide time and arrest
# rules of 3c2f810 and 3520498 written before either story was seen): b3 0.758 and 0.708; jaccard 0.732 and 0.708;
# coverage 1.000 each; conflicts 0.818/0.692 and 0.182/1.000; quotes 1.0/0.947 and 0.897/0.972; speakers 1.000 and
# 0.886; cleaning 0.978 and 0.928; two and one scare quotes taken as quotes; stance 0.725 and 0.232 (not pinned: the
# axes are favour to the airport operator and to the rental cap).
# odrasset-museum-heist and pelgrast-pension-age first run (8a34ffe, whose title rule was written before either
# story was seen): b3 0.658 and 0.742; jaccard 0.737 and 0.820; coverage 0.974 and 0.967; conflicts 0.417/0.833 and
# 0.583/0.700; quotes 1.0/0.946 and 0.973/0.973; speakers 0.829 and 0.917; cleaning 0.938 and 0.947; two and one
# scare quotes taken as quotes; stance 0.551 and -0.232 (not pinned: the axes are favour to the museum's management
# and to the pension reform).
# vindrabel-avalanche and brudzany-pay-ballot first run (bdeae49, written before either story was seen): b3 0.683 and
# 0.713; jaccard 0.731 and 0.725; coverage 0.991 and 0.980; conflicts 0.667/1.0 and 0.417/0.714 (0.250/0.600
# before 551cffc, drawn from the pension story); quotes 1.0/1.0 each; speakers 1.0 each; cleaning 0.976 and 0.973;
# no scare quote taken as a quote; stance 0.928 and -0.698 (not pinned: the axes are favour to the resort operator
# and to the carmaker's pay offer, which the story's event, the workers' rejection, runs against).
# ketterow-governor-verdict and karrowmede-bus-collapse first run (2e43f05, written before either story was seen):
# b3 0.670 and 0.788; jaccard 0.723 and 0.779; coverage 1.000 and 0.990; conflicts 0.417/0.833 and 0.615/0.818;
# quotes 1.0/1.0 each; speakers 0.969 and 1.0; cleaning 0.982 and 0.986; no scare quote taken as a quote; stance
# -0.395 and 0.235 (not pinned: the axes are sympathy for the convicted governor, whom the story's event, the
# verdict, goes against, and favour to the collapsed operator).
# kelvossa-grocery-merger first run (c0dcf85, with this stop's value and quote rules drawn from the verdict story,
# written before either story was seen): b3 0.662, jaccard 0.768, coverage 0.989, conflicts 0.417/0.833, quotes 1.0/1.0,
# speakers 1.0, cleaning 0.949, no scare quote taken as a quote, stance -0.203 (not pinned: the axis is favour to the
# merger, which the story's event, the regulator's block, runs against).
# ildrava-doping-ban first run (the same code): b3 0.648, jaccard 0.762, coverage 0.996, conflicts 0.417/0.800, quotes
# 1.0/1.0, speakers 0.943, cleaning 0.952, no scare quote taken as a quote, stance -0.522 (not pinned: the axis is
# sympathy for the banned athlete, whom the story's event, the ban, goes against).
# gethwick-prison-escape first run (cef4213, written before the story was seen): b3 0.680, jaccard 0.816, coverage
# 0.990, conflicts 0.500/0.750, quotes 0.972/1.0, speakers 0.971, cleaning 0.954, no scare quote taken as a quote,
# stance 0.754 (not pinned: the axis is favour to the prison authorities).
# ondressa-exchange-halt first run (the same code): b3 0.724, jaccard 0.753, coverage 0.987, conflicts 0.727/1.000,
# quotes 1.0/0.972, speakers 0.914, cleaning 0.964, one scare quote taken as a quote, stance 0.638 (not pinned: the
# axis is favour to the exchange's operator).
# Stance is pinned only where it holds: words aimed at the event's opponents read as against the event (grain
# -0.41), and the quake and telecom stories' axis is a party's handling of the event (0.58 each).
HELD_OUT_FLOORS = {
    "grain-port-strike": {"fact_coverage": 0.95, "fact_b3_f1": 0.74, "fact_source_jaccard": 0.85,
                          "conflict_recall": 0.95, "conflict_precision": 0.95, "quote_recall": 0.95,
                          "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0},
    "court-water-ruling": {"fact_coverage": 0.95, "fact_b3_f1": 0.83, "fact_source_jaccard": 0.87,
                           "conflict_recall": 0.95, "conflict_precision": 0.95, "quote_recall": 0.95,
                           "speaker_accuracy": 0.9, "cleaning_accuracy": 1.0, "stance_spearman": 0.8},
    "clinic-outbreak-recall": {"fact_coverage": 0.95, "fact_b3_f1": 0.75, "fact_source_jaccard": 0.75,
                               "conflict_recall": 0.95, "conflict_precision": 0.95, "quote_recall": 0.95,
                               "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0, "stance_spearman": 0.6},
    "council-budget-vote": {"fact_coverage": 0.95, "fact_b3_f1": 0.75, "fact_source_jaccard": 0.75,
                            "conflict_recall": 0.85, "conflict_precision": 0.95, "quote_recall": 0.95,
                            "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0, "stance_spearman": 0.8},
    "pipeline-deal": {"fact_coverage": 0.95, "fact_b3_f1": 0.77, "fact_source_jaccard": 0.79,
                      "conflict_recall": 0.95, "conflict_precision": 0.95, "quote_recall": 0.95,
                      "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0,
                      "stance_spearman": 0.9},
    "quake-toll": {"fact_coverage": 0.95, "fact_b3_f1": 0.74, "fact_source_jaccard": 0.74, "conflict_recall": 0.95,
                   "conflict_precision": 0.95, "quote_recall": 0.95, "quote_precision": 0.95, "speaker_accuracy": 0.95,
                   "cleaning_accuracy": 1.0},
    "rate-cut-split": {"fact_coverage": 0.95, "fact_b3_f1": 0.76, "fact_source_jaccard": 0.75, "conflict_recall": 0.7,
                       "conflict_precision": 0.95, "quote_recall": 0.95, "quote_precision": 0.95,
                       "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0},
    "velmora-mayor-upset": {"fact_coverage": 0.95, "fact_b3_f1": 0.69, "fact_source_jaccard": 0.8,
                            "conflict_recall": 0.95, "conflict_precision": 0.85, "quote_recall": 0.95,
                            "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 1.0,
                            "stance_spearman": 0.8},
    "telecom-breach": {"fact_coverage": 0.95, "fact_b3_f1": 0.7, "fact_source_jaccard": 0.76, "conflict_recall": 0.7,
                       "conflict_precision": 0.95, "quote_recall": 0.95, "quote_precision": 0.95,
                       "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0},
    "halvia-veltrim-approval": {"fact_coverage": 0.95, "fact_b3_f1": 0.73, "fact_source_jaccard": 0.72,
                                "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                                "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "marrendal-rail-strike": {"fact_coverage": 0.95, "fact_b3_f1": 0.7, "fact_source_jaccard": 0.82,
                              "conflict_recall": 0.75, "conflict_precision": 0.95, "quote_recall": 0.95,
                              "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 1.0},
    "drevholm-plant-closure": {"fact_coverage": 0.95, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.7,
                               "conflict_recall": 0.4, "conflict_precision": 0.95, "quote_recall": 0.95,
                               "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0,
                               "stance_spearman": 0.9},
    "veskaria-ngo-law-protest": {"fact_coverage": 0.9, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.72,
                                 "conflict_recall": 0.3, "conflict_precision": 0.7, "quote_recall": 0.95,
                                 "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 1.0},
    "corrant-tanker-spill": {"fact_coverage": 0.92, "fact_b3_f1": 0.71, "fact_source_jaccard": 0.79,
                             "conflict_recall": 0.75, "conflict_precision": 0.95, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 1.0},
    "belvarra-health-minister-quits": {"fact_coverage": 0.9, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.73,
                                       "conflict_recall": 0.55, "conflict_precision": 0.95, "quote_recall": 0.95,
                                       "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.98},
    "sarnovia-post-ransomware": {"fact_coverage": 0.92, "fact_b3_f1": 0.65, "fact_source_jaccard": 0.73,
                                 "conflict_recall": 0.25, "conflict_precision": 0.95, "quote_recall": 0.95,
                                 "quote_precision": 0.9, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.98},
    "tervassa-snap-election": {"fact_coverage": 0.92, "fact_b3_f1": 0.62, "fact_source_jaccard": 0.68,
                               "conflict_recall": 0.35, "conflict_precision": 0.6, "quote_recall": 0.95,
                               "quote_precision": 0.95, "speaker_accuracy": 0.85, "cleaning_accuracy": 0.95},
    "ardair-pilots-strike": {"fact_coverage": 0.92, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.74,
                             "conflict_recall": 0.5, "conflict_precision": 0.65, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.93, "cleaning_accuracy": 0.98},
    "heskel-takeover-bid": {"fact_coverage": 0.91, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.77,
                            "conflict_recall": 0.35, "conflict_precision": 0.6, "quote_recall": 0.95,
                            "quote_precision": 0.9, "speaker_accuracy": 0.85, "cleaning_accuracy": 0.98},
    "kelvane-power-bank-recall": {"fact_coverage": 0.92, "fact_b3_f1": 0.63, "fact_source_jaccard": 0.68,
                                  "conflict_recall": 0.25, "conflict_precision": 0.7, "quote_recall": 0.95,
                                  "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 0.98},
    "tolvenna-wildfire": {"fact_coverage": 0.9, "fact_b3_f1": 0.72, "fact_source_jaccard": 0.68,
                          "conflict_recall": 0.7, "conflict_precision": 0.95, "quote_recall": 0.95,
                          "quote_precision": 0.95, "speaker_accuracy": 0.88, "cleaning_accuracy": 0.98},
    "gorlan-main-collapse": {"fact_coverage": 0.92, "fact_b3_f1": 0.6, "fact_source_jaccard": 0.71,
                             "conflict_recall": 0.6, "conflict_precision": 0.7, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.93, "cleaning_accuracy": 0.98,
                             "stance_spearman": 0.75},
    "palandra-gravossa-tariffs": {"fact_coverage": 0.92, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.75,
                                  "conflict_recall": 0.6, "conflict_precision": 0.85, "quote_recall": 0.95,
                                  "quote_precision": 0.95, "speaker_accuracy": 0.87, "cleaning_accuracy": 0.97},
    "glenharrow-water-notice": {"fact_coverage": 0.92, "fact_b3_f1": 0.64, "fact_source_jaccard": 0.72,
                                "conflict_recall": 0.85, "conflict_precision": 0.95, "quote_recall": 0.95,
                                "quote_precision": 0.95, "speaker_accuracy": 0.93, "cleaning_accuracy": 0.95},
    "stormwright-launch-failure": {"fact_coverage": 0.95, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.68,
                                   "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                                   "quote_precision": 0.95, "speaker_accuracy": 0.88, "cleaning_accuracy": 0.94},
    "ivrenna-exam-leak": {"fact_coverage": 0.95, "fact_b3_f1": 0.74, "fact_source_jaccard": 0.72,
                          "conflict_recall": 0.55, "conflict_precision": 0.95, "quote_recall": 0.95,
                          "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.97},
    "hollmay-ferry-capsize": {"fact_coverage": 0.94, "fact_b3_f1": 0.64, "fact_source_jaccard": 0.71,
                              "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                              "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "tarnquist-grid-blackout": {"fact_coverage": 0.95, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.69,
                                "conflict_recall": 0.5, "conflict_precision": 0.95, "quote_recall": 0.95,
                                "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.98},
    "kelderwick-festival-crush": {"fact_coverage": 0.95, "fact_b3_f1": 0.69, "fact_source_jaccard": 0.76,
                                  "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                                  "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.98},
    "skerrowby-derailment": {"fact_coverage": 0.95, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.72,
                             "conflict_recall": 0.55, "conflict_precision": 0.75, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 0.98},
    "orvanesse-congestion-charge": {"fact_coverage": 0.95, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.74,
                                    "conflict_recall": 0.4, "conflict_precision": 0.95, "quote_recall": 0.95,
                                    "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.98,
                                    "stance_spearman": 0.8},
    "tolvenne-bank-fine": {"fact_coverage": 0.95, "fact_b3_f1": 0.74, "fact_source_jaccard": 0.69,
                           "conflict_recall": 0.45, "conflict_precision": 0.8, "quote_recall": 0.95,
                           "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.94},
    "vosquelle-flood": {"fact_coverage": 0.95, "fact_b3_f1": 0.67, "fact_source_jaccard": 0.72,
                        "conflict_recall": 0.45, "conflict_precision": 0.95, "quote_recall": 0.95,
                        "quote_precision": 0.95, "speaker_accuracy": 0.88, "cleaning_accuracy": 0.98},
    "drummelsk-hospital-ransomware": {"fact_coverage": 0.95, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.77,
                                      "conflict_recall": 0.8, "conflict_precision": 0.95, "quote_recall": 0.95,
                                      "quote_precision": 0.95, "speaker_accuracy": 0.88, "cleaning_accuracy": 0.98},
    "oskavel-ammonia-leak": {"fact_coverage": 0.95, "fact_b3_f1": 0.74, "fact_source_jaccard": 0.68,
                             "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.86, "cleaning_accuracy": 0.92},
    "tollivane-tuition-fees": {"fact_coverage": 0.95, "fact_b3_f1": 0.67, "fact_source_jaccard": 0.73,
                               "conflict_recall": 0.62, "conflict_precision": 0.95, "quote_recall": 0.95,
                               "quote_precision": 0.92, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.9},
    "skelda-pass-coach-crash": {"fact_coverage": 0.95, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.74,
                                "conflict_recall": 0.8, "conflict_precision": 0.95, "quote_recall": 0.92,
                                "quote_precision": 0.95, "speaker_accuracy": 0.92, "cleaning_accuracy": 0.9},
    "ossaryn-port-bribery": {"fact_coverage": 0.95, "fact_b3_f1": 0.64, "fact_source_jaccard": 0.76,
                             "conflict_recall": 0.45, "conflict_precision": 0.95, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.91, "cleaning_accuracy": 0.9},
    "orvoskine-drone-shutdown": {"fact_coverage": 0.95, "fact_b3_f1": 0.73, "fact_source_jaccard": 0.7,
                                 "conflict_recall": 0.95, "conflict_precision": 0.8, "quote_recall": 0.95,
                                 "quote_precision": 0.92, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "orvelic-rental-cap": {"fact_coverage": 0.95, "fact_b3_f1": 0.68, "fact_source_jaccard": 0.68,
                           "conflict_recall": 0.25, "conflict_precision": 0.95, "quote_recall": 0.87,
                           "quote_precision": 0.95, "speaker_accuracy": 0.86, "cleaning_accuracy": 0.9},
    "odrasset-museum-heist": {"fact_coverage": 0.95, "fact_b3_f1": 0.63, "fact_source_jaccard": 0.7,
                              "conflict_recall": 0.4, "conflict_precision": 0.95, "quote_recall": 0.95,
                              "quote_precision": 0.92, "speaker_accuracy": 0.8, "cleaning_accuracy": 0.9},
    "pelgrast-pension-age": {"fact_coverage": 0.95, "fact_b3_f1": 0.72, "fact_source_jaccard": 0.8,
                             "conflict_recall": 0.7, "conflict_precision": 0.85, "quote_recall": 0.95,
                             "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 0.92},
    "vindrabel-avalanche": {"fact_coverage": 0.95, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.7,
                            "conflict_recall": 0.7, "conflict_precision": 0.95, "quote_recall": 0.95,
                            "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "brudzany-pay-ballot": {"fact_coverage": 0.95, "fact_b3_f1": 0.69, "fact_source_jaccard": 0.7,
                            "conflict_recall": 0.4, "conflict_precision": 0.8, "quote_recall": 0.95,
                            "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "ketterow-governor-verdict": {"fact_coverage": 0.95, "fact_b3_f1": 0.65, "fact_source_jaccard": 0.7,
                                  "conflict_recall": 0.55, "conflict_precision": 0.95, "quote_recall": 0.95,
                                  "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "karrowmede-bus-collapse": {"fact_coverage": 0.95, "fact_b3_f1": 0.76, "fact_source_jaccard": 0.75,
                                "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                                "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.95},
    "kelvossa-grocery-merger": {"fact_coverage": 0.95, "fact_b3_f1": 0.64, "fact_source_jaccard": 0.74,
                                "conflict_recall": 0.6, "conflict_precision": 0.95, "quote_recall": 0.95,
                                "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.92},
    "ildrava-doping-ban": {"fact_coverage": 0.95, "fact_b3_f1": 0.62, "fact_source_jaccard": 0.74,
                           "conflict_recall": 0.55, "conflict_precision": 0.95, "quote_recall": 0.95,
                           "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 0.92},
    "gethwick-prison-escape": {"fact_coverage": 0.95, "fact_b3_f1": 0.66, "fact_source_jaccard": 0.79,
                               "conflict_recall": 0.45, "conflict_precision": 0.95, "quote_recall": 0.95,
                               "quote_precision": 0.95, "speaker_accuracy": 0.95, "cleaning_accuracy": 0.93},
    "ondressa-exchange-halt": {"fact_coverage": 0.95, "fact_b3_f1": 0.7, "fact_source_jaccard": 0.73,
                               "conflict_recall": 0.7, "conflict_precision": 0.95, "quote_recall": 0.95,
                               "quote_precision": 0.95, "speaker_accuracy": 0.9, "cleaning_accuracy": 0.94},
}  # fmt: skip
LEAD_UNCHECKED = {
    "veskaria-ngo-law-protest",
    "sarnovia-post-ransomware",
    "kelvane-power-bank-recall",
    "tolvenna-wildfire",
    "glenharrow-water-notice",
    "hollmay-ferry-capsize",
    "tarnquist-grid-blackout",
    "skerrowby-derailment",
    "tolvenne-bank-fine",
    "drummelsk-hospital-ransomware",
    "oskavel-ammonia-leak",
    "orvoskine-drone-shutdown",  # opens with the arrest, in the opinion site's words ("to their credit")
    "odrasset-museum-heist",  # opens with the best known of the stolen objects, not the raid
    "pelgrast-pension-age",  # opens with the vote, but one outlet tells it only after an opening of its own
    "brudzany-pay-ballot",  # opens with the result in the tabloid's words, a fact the trade outlet tells further down
    "gethwick-prison-escape",  # opens with the minister's inquiry, a consensus fact; the escape itself is "majority"
    "ondressa-exchange-halt",  # opens with the software release at the centre, a consensus fact, not the halt
}


@pytest.mark.slow
def test_kazakhstan_scores_hold_floors(kazakhstan_report_path) -> None:
    from tests.conftest import need_shared

    scores = score_story(need_shared("eval", "kazakhstan-abraham-accords.gold.json"), kazakhstan_report_path)
    for name, floor in KAZAKHSTAN_FLOORS.items():
        assert scores[name] >= floor, (name, scores[name])


@pytest.mark.slow
def test_harbor_scores_hold_floors(example_json, tmp_path) -> None:
    path = tmp_path / "harbor.json"
    path.write_text(json.dumps(example_json), encoding="utf-8")
    scores = score_story(HARBOR_GOLD, path)
    for name, floor in HARBOR_FLOORS.items():
        assert scores[name] >= floor, (name, scores[name])


@pytest.mark.slow
@pytest.mark.parametrize("story", sorted(HELD_OUT_FLOORS))
def test_held_out_stories_hold_floors(story: str, tmp_path) -> None:
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.report.json_report import render_json

    path = tmp_path / f"{story}.json"
    report = compare([str(ROOT / "examples" / story)], Options(now="2026-01-01T00:00:00+00:00"))
    path.write_text(render_json(report), encoding="utf-8")
    scores = score_story(ROOT / "examples" / f"{story}.gold.json", path)
    for name, floor in HELD_OUT_FLOORS[story].items():
        assert scores[name] >= floor, (name, scores[name])
    # The summary leads with the event: a fact all outlets but at most one tell in their opening lines.
    if story in LEAD_UNCHECKED:
        return
    lead = next(f for f in report.facts if f.id == report.summary[0].facts[0])
    texts = {a.id: a.text for a in report.articles}
    assert len(set(lead.articles)) >= len(report.articles) - 1, lead.statement
    assert all(m.start < 0.2 * len(texts[m.article]) for m in lead.mentions), lead.statement


def test_every_claim_is_in_a_fact(example_report) -> None:
    held = {(m.article, m.start, m.end) for f in example_report.facts for m in f.mentions}
    for analysis in example_report.analyses:
        for c in analysis.claims:
            inside = any(a == c.article and s <= c.start and c.end <= e for a, s, e in held)
            same_sentence = any(
                a == c.article and s <= c.end and c.start <= e for a, s, e in held
            )  # a clause may be carried by its sentence's fact, or the sentence by its clauses'
            assert inside or same_sentence, c.text


def test_fact_ids_labels_and_coverage_agree(example_report) -> None:
    facts = example_report.facts
    assert [f.id for f in facts] == [f"f{i}" for i in range(1, len(facts) + 1)]
    total = len({a.id for a in example_report.articles})
    for f in facts:
        assert f.independent == len(set(f.articles))
        assert f.label == ("consensus" if f.independent >= 0.8 * total else f.label)
        row = example_report.coverage[f.id]
        assert {a for a, v in row.items() if v != "absent"} == set(f.articles)
        for m in f.mentions:
            text = next(a.text for a in example_report.articles if a.id == m.article)
            assert text[m.start : m.end] == m.text


def test_omissions_and_exclusives(example_report) -> None:
    by_id = {f.id: f for f in example_report.facts}
    for article, missed in example_report.omissions.items():
        for fid in missed:
            assert article not in by_id[fid].articles and by_id[fid].independent >= 3
    for article, only in example_report.exclusives.items():
        for fid in only:
            assert by_id[fid].articles == (article,)
    # the deliberate omission of the bundled story: civic-watch leaves out the ferry service
    ferry = [f for f in example_report.facts if "erry" in f.statement]
    assert ferry and any(f.id in example_report.omissions["civic-watch"] for f in ferry)


def test_quote_groups_span_outlets(example_report) -> None:
    groups = example_report.quote_groups
    assert [g.id for g in groups] == [f"q{i}" for i in range(1, len(groups) + 1)]
    assert max(len(g.articles) for g in groups) >= 4  # the mayor's quote, carried by every outlet


def test_same_input_same_alignment() -> None:
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.report.json_report import render_json

    runs = [render_json(compare([str(EXAMPLE)], Options(now="2026-01-01T00:00:00+00:00"))) for _ in range(2)]
    assert runs[0] == runs[1]


def test_refinement_merges_split_facts_and_shares_claims() -> None:
    from storylens.align.refine import refine_clusters

    # claims 0-3 state one proposition but greedy left them in two facts; claim 4, alone, fits them all
    arts = ["a", "b", "c", "d", "e"]
    same = {frozenset(p) for p in [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]}

    def score(i: int, j: int) -> float:
        return 0.9 if frozenset((i, j)) in same else (0.6 if 4 in (i, j) else 0.0)

    near = {i: {j for j in range(5) if j != i} for i in range(5)}
    out = refine_clusters([[0, 1], [2, 3], [4]], arts, near, score, 0.35)
    assert out == refine_clusters([[0, 1], [2, 3], [4]], arts, near, score, 0.35)  # deterministic
    assert [0, 1, 2, 3, 4] in out  # the halves merged and claim 4 moved in


def test_refinement_prunes_a_loosely_attached_member() -> None:
    from storylens.align.refine import refine_clusters

    # claims 0-2 state one proposition; claim 3 fits claim 0 only, so its outlet must not be credited
    arts = ["a", "b", "c", "d"]

    def score(i: int, j: int) -> float:
        pair = frozenset((i, j))
        return 0.9 if 3 not in pair else (0.5 if 0 in pair else 0.0)

    out = refine_clusters([[0, 1, 2, 3]], arts, {}, score, 0.35)
    assert [0, 1, 2] in out and [3] in out


def test_refinement_adds_a_closer_restatement_from_the_same_outlet_only() -> None:
    from storylens.align.refine import refine_clusters

    # fact [0, 1, 2]: outlet a's claim 0 fits b and c loosely; a's claim 3 restates the fact as b and c word it,
    # a's claim 5 restates it more loosely than claim 0 does (each also sits in a fact of its own)
    arts = ["a", "b", "c", "a", "d", "a", "e"]
    table = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.9, (3, 1): 0.9, (3, 2): 0.9, (3, 0): 0.5, (3, 4): 0.9,
             (5, 1): 0.4, (5, 2): 0.4, (5, 0): 0.4, (5, 6): 0.9}  # fmt: skip

    def score(i: int, j: int) -> float:
        return table.get((i, j), table.get((j, i), 0.0))

    near = {i: {j for j in range(7) if j != i} for i in range(7)}
    out = refine_clusters([[0, 1, 2], [3, 4], [5, 6]], arts, near, score, 0.35)
    assert [0, 1, 2, 3] in out  # the closer restatement joined
    assert not any(5 in fact and 1 in fact for fact in out)  # the looser one did not


def test_sentence_spanned_by_placed_clauses_is_not_its_own_fact() -> None:
    from storylens.align.story import _drop_redundant
    from storylens.records import Claim

    def claim(article: str, start: int, end: int) -> Claim:
        return Claim(article=article, sentence=0, start=start, end=end, text="x" * (end - start))

    # article a: the whole sentence (0) and its two clauses (1, 2), each clause in a fact with article b
    claims = [claim("a", 0, 40), claim("a", 0, 20), claim("a", 22, 40), claim("b", 0, 20), claim("b", 22, 40)]
    out = _drop_redundant([[1, 3], [2, 4], [0]], claims)
    assert sorted(out) == [[1, 3], [2, 4]]


@pytest.mark.slow
def test_three_short_leads_of_one_event_share_their_main_fact() -> None:
    import hashlib

    from storylens.align import align_story
    from storylens.analyze import analyze_article
    from storylens.dedupe import find_duplicates
    from storylens.records import Article

    # a story of a few claims: taking the whole story mean out would push these three leads apart
    leads = {
        "a": "Voters in Romeford rejected a plan to build a new football stadium on Sunday. "
        "The referendum ended a three-year fight over the site by the river.",
        "b": "Romeford residents voted down the proposed riverside stadium in a referendum, dealing a blow to the "
        "mayor who had backed the project.",
        "c": "A plan for a new stadium in Romeford was defeated at the ballot box, with critics hailing the result "
        "as a win for taxpayers.",
    }
    articles = [
        Article(id=k, source=k, text=t, outlet=k.upper(), outlet_from="input",
                content_hash=hashlib.sha256(t.encode()).hexdigest())
        for k, t in leads.items()
    ]  # fmt: skip
    alignment = align_story(articles, [analyze_article(a) for a in articles], find_duplicates(articles))
    shared = [f for f in alignment.facts if len(f.articles) >= 2]
    assert [f.articles for f in shared] == [("a", "b", "c")]
    assert shared[0].label == "consensus"


def test_a_shared_specific_amount_adds_to_the_pair_score() -> None:
    from storylens.align.facts import AMOUNT_BONUS, ClaimView, pair_score
    from storylens.records import Claim

    def view(article: str, amounts: set[str]) -> ClaimView:
        claim = Claim(article=article, sentence=0, start=0, end=10, text="x" * 10)
        return ClaimView(index=0, claim=claim, source=article, names=frozenset(), lemmas=frozenset(),
                         amounts=frozenset(amounts))  # fmt: skip

    same = pair_score(view("a", {"money:1.2e+07:EUR"}), view("b", {"money:1.2e+07:EUR", "number:340:household"}), 0.4)
    other = pair_score(view("a", {"money:1.2e+07:EUR"}), view("b", {"money:2.1e+07:EUR"}), 0.4)
    assert same == pytest.approx(other + AMOUNT_BONUS)


def test_quotes_of_two_named_people_are_kept_apart() -> None:
    from storylens.align.facts import SPEAKER_PENALTY, ClaimView, pair_score
    from storylens.records import Claim

    def view(article: str, speaker: str) -> ClaimView:
        claim = Claim(article=article, sentence=0, start=0, end=10, text="x" * 10)
        return ClaimView(index=0, claim=claim, source=article, names=frozenset(), lemmas=frozenset(), speaker=speaker)

    same = pair_score(view("a", "velund"), view("b", "velund"), 0.6)
    unquoted = pair_score(view("a", "velund"), view("b", ""), 0.6)  # an outlet's paraphrase of her words
    assert same == unquoted == pytest.approx(0.6)
    assert pair_score(view("a", "velund"), view("b", "renn"), 0.6) == pytest.approx(0.6 - SPEAKER_PENALTY)


@pytest.mark.slow
def test_a_claim_mostly_quoted_has_its_speaker() -> None:
    import hashlib

    from storylens.align.story import _quoted_speaker
    from storylens.analyze import analyze_article
    from storylens.records import Article

    text = (
        '"All we are asking is to be paid fairly for our work," union leader Marta Velund said on Friday. '
        "The port authority says its offer is final."
    )
    article = Article(id="a", source="a", text=text, outlet="A", outlet_from="input",
                      content_hash=hashlib.sha256(text.encode()).hexdigest())  # fmt: skip
    analysis = analyze_article(article)
    speakers = [_quoted_speaker(c, analysis) for c in analysis.claims]
    assert speakers[0] == "velund" and speakers[-1] == ""


@pytest.mark.slow
def test_claim_amounts_are_the_specific_values_inside_it() -> None:
    import hashlib

    from storylens.align.story import _amounts
    from storylens.analyze import analyze_article
    from storylens.records import Article

    text = "The court ordered the firm to pay €12 million to about 340 households in 2024. It has 3 sites."
    article = Article(id="a", source="a", text=text, outlet="A", outlet_from="input",
                      content_hash=hashlib.sha256(text.encode()).hexdigest())  # fmt: skip
    analysis = analyze_article(article)
    first, second = analysis.claims[0], analysis.claims[-1]
    assert {a.split(":")[0] for a in _amounts(first, analysis)} == {"money", "number"}  # no year
    assert _amounts(second, analysis) == frozenset()  # a count under ten is not specific


def test_two_facts_sharing_their_central_claim_get_different_statements() -> None:
    import numpy as np

    from storylens.align.story import _statement
    from storylens.records import Claim

    texts = ["Dockers walked out and the port fell silent.", "Dockers walked out.", "The port fell silent."]
    claims = [Claim(article=a, sentence=0, start=0, end=len(t), text=t) for a, t in zip("abc", texts, strict=True)]
    vectors = np.array([[1.0, 0.0], [0.9, 0.1], [0.8, -0.2]], dtype=np.float32)
    used: set[str] = set()
    assert _statement([0, 1], claims, vectors, used) == texts[0]
    assert _statement([0, 2], claims, vectors, used) == texts[2]  # the shared sentence already names a row


def test_no_two_facts_of_the_example_read_the_same(example_report) -> None:
    statements = [f.statement for f in example_report.facts]
    assert len(statements) == len(set(statements))


def test_a_fact_is_stated_by_a_mention_that_stands_alone() -> None:
    import numpy as np

    from storylens.align.story import _statement
    from storylens.records import Claim

    texts = ["If you have these drops at home", "Patients who have the drops at home should return them."]
    claims = [Claim(article=a, sentence=0, start=0, end=len(t), text=t) for a, t in zip("ab", texts, strict=True)]
    vectors = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)
    assert _statement([0, 1], claims, vectors, set()) == texts[1]


def test_a_long_statement_is_cut_to_its_main_clause_not_mid_phrase() -> None:
    from storylens.align.story import STATEMENT_CHARS, _trimmed

    tail = ", the landmark series of agreements between " + ", ".join(["the harbour towns"] * 12) + " and the city."
    long = "The regional council is set to approve the new harbour budget" + tail
    assert len(long) > STATEMENT_CHARS
    assert _trimmed(long) == "The regional council is set to approve the new harbour budget"
    no_clause = "Harbour towns " + "and harbour villages " * 14 + "alike."
    assert _trimmed(no_clause).endswith("…") and len(_trimmed(no_clause)) <= STATEMENT_CHARS
    assert _trimmed("  A short   statement. ") == "A short statement."
