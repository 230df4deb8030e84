"""Write the English written-for-the-corpus documents of tests/corpus/en/, deterministically.

Run with `.venv/bin/python -m tests.corpus.make_corpus_en`. The .docx and .pdf files get fixed zip timestamps
and a fixed PDF creation date (as tests/fixtures/make_fixtures.py does), so a rerun writes identical bytes.
The .txt / .md documents of en/ are plain committed files and are not written here: the real public minutes
(`psf-*`, `maywood-*`, `skokie-*`, `plymouth-*`, kept as retrieved) and eight written for the corpus
(`elm-street-tenants-*`, `riverton-fire-district-*`, `hollis-arts-council-*`, `sunnyfield-garden-*`,
`harlan-county-library-board-*`, `linden-park-traffic-committee-*`, `oakwood-elementary-pta-*`,
`brambleton-town-council-work-session-*`).
Every document has a hand-written `<id>.expected.json` beside it; this script never touches those.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from tests.support.documents import fixed_zip

OUT = Path(__file__).resolve().parent / "en"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
STAMP = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.UTC)
ZIP_STAMP = (2025, 1, 1, 12, 0, 0)

# A document is a list of (kind, payload): kind in title, subtitle, heading, para, bullet, number, table
# (payload: tuple of rows, the first a header row); "number" items are numbered in a run.


def T(*rows: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cell.strip() for cell in row.split("|")) for row in rows)


DOCX: dict[str, list[tuple[str, object]]] = {}
PDF: dict[str, list[tuple[str, object]]] = {}

# ---------------------------------------------------------------- .docx

DOCX["riverside-library-board-2025-03"] = [
    ("title", "Riverside Library Board of Trustees"),
    ("subtitle", "Minutes of the Regular Meeting"),
    ("para", "March 11, 2025 — Riverside Public Library, Community Room"),
    ("heading", "Agenda"),
    ("number", "Call to order and attendance"),
    ("number", "Approval of the minutes of February 11, 2025"),
    ("number", "Review of action items"),
    ("number", "Treasurer's report"),
    ("number", "Branch renovation plan"),
    ("number", "Public comment"),
    ("number", "Adjournment"),
    ("heading", "1. Call to Order"),
    ("para", "The meeting was called to order at 7:00 p.m. by Chair Eleanor Whitfield. A quorum was present."),
    ("heading", "Attendance"),
    (
        "table",
        T(
            "Present | Absent",
            "Eleanor Whitfield (Chair) | Thomas Reed (excused – travel)",
            "Marcus Bell (Vice Chair) | Laura Kim",
            "Grace Nakamura (Secretary) | ",
            "Priya Raman (Treasurer) | ",
            "Daniel Ortiz | ",
            "Helen Brooks | ",
        ),
    ),
    ("para", "Also present: Anne Castillo, Library Director."),
    ("para", "Daniel Ortiz arrived at 7:15 p.m."),
    ("heading", "2. Approval of Minutes"),
    (
        "para",
        "Moved by Marcus Bell, seconded by Priya Raman, that the minutes of the February 11, 2025 meeting be "
        "approved as presented. Carried unanimously.",
    ),
    ("heading", "3. Review of Action Items"),
    ("bullet", "Parking lot lighting quotes (Anne Castillo): done; three quotes were circulated."),
    ("bullet", "Revised meeting room policy (Helen Brooks): in progress; a draft will be ready in April."),
    ("bullet", "Volunteer handbook update (Marcus Bell): outstanding."),
    ("heading", "4. Treasurer's Report"),
    (
        "para",
        "Priya Raman presented the February financial statements. Expenses are at 24% of the annual budget. "
        "The report was received and filed.",
    ),
    ("heading", "5. Branch Renovation Plan"),
    (
        "para",
        "Anne Castillo presented the renovation plan for the Eastside branch. Helen Brooks asked whether the "
        "children's area would stay open during the works. Anne Castillo said it would move to the meeting "
        "room for six weeks. Daniel Ortiz said the contingency of 5% was too low. Helen Brooks said she "
        "supported the plan.",
    ),
    (
        "para",
        "Moved by Daniel Ortiz, seconded by Helen Brooks, to approve the Eastside renovation plan with a "
        "contingency of 10%. The motion carried 5-1, with Marcus Bell voting against.",
    ),
    ("heading", "6. Public Comment"),
    ("para", "No members of the public addressed the board."),
    ("heading", "Action Items"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Obtain a revised renovation quote with a 10% contingency | Anne Castillo | April 4, 2025",
            "Finish the draft meeting room policy | Helen Brooks | Before the next meeting",
            "Update the volunteer handbook | Marcus Bell | March 31, 2025",
        ),
    ),
    ("heading", "7. Adjournment"),
    ("para", "The meeting adjourned at 8:40 p.m."),
    ("para", "Respectfully submitted,"),
    ("para", "Grace Nakamura, Secretary"),
]

DOCX["oakdale-city-council-2025-01"] = [
    ("title", "OAKDALE CITY COUNCIL"),
    ("subtitle", "Minutes of the Regular Session"),
    ("para", "Tuesday, January 21, 2025 — Council Chambers, Oakdale City Hall"),
    ("heading", "CALL TO ORDER"),
    ("para", "Mayor Linda Fairbanks called the regular session to order at 7:00 P.M."),
    ("heading", "ROLL CALL"),
    (
        "para",
        "Present: Mayor Linda Fairbanks; Councilmembers Robert Haines, Sofia Delgado, Kevin O'Brien, "
        "Martha Lindqvist, and James Whitaker.",
    ),
    ("para", "Absent: Councilmember Peter Vance (ill)."),
    ("para", "Staff present: City Manager Alan Brewer; City Attorney Denise Holt; City Clerk Rachel Moore."),
    ("heading", "APPROVAL OF MINUTES"),
    (
        "para",
        "M/S Haines/Delgado to approve the minutes of the January 7, 2025 regular session as corrected. Carried 6-0.",
    ),
    ("heading", "PUBLIC COMMENT"),
    (
        "para",
        "Gary Pruitt, 14 Oak Lane, said the crosswalk at Fifth and Main needs a signal. Ellen Marsh said she "
        "supported the library hours extension. Gary Pruitt asked when the street resurfacing would begin.",
    ),
    ("para", "City Manager Brewer said resurfacing would start in April."),
    ("heading", "RESOLUTION NO. 2025-04 — WATER RATE ADJUSTMENT"),
    (
        "para",
        "Resolved, That the City Council of the City of Oakdale adopts the water rate schedule effective "
        "March 1, 2025.",
    ),
    (
        "para",
        "Councilmember O'Brien moved to adopt Resolution No. 2025-04; Councilmember Lindqvist seconded. "
        "Roll call vote:",
    ),
    ("bullet", "Ayes: Haines, Delgado, O'Brien, Lindqvist, Fairbanks"),
    ("bullet", "Nays: Whitaker"),
    ("bullet", "Abstain: none"),
    ("para", "The resolution was adopted 5-1."),
    ("heading", "ORDINANCE 812 — SHORT-TERM RENTALS (FIRST READING)"),
    (
        "para",
        "Councilmember Delgado said the permit fee should be lower for owner-occupied homes. Councilmember "
        "Whitaker said enforcement staff were needed first. Motion by Whitaker, second by Haines, to table "
        "the ordinance to February 4. The motion failed 2-4.",
    ),
    (
        "para",
        "Councilmember Delgado moved to pass the ordinance on first reading; seconded by Councilmember "
        "Lindqvist. Carried 4-2.",
    ),
    ("para", "Councilmember Whitaker left at 8:50 P.M."),
    ("heading", "STAFF DIRECTION"),
    ("bullet", "City Manager Brewer to report on a signal at Fifth and Main by February 18, 2025."),
    ("bullet", "City Attorney Holt to draft owner-occupied fee language before the second reading."),
    ("heading", "ADJOURNMENT"),
    ("para", "There being no further business, the session adjourned at 9:05 P.M."),
    ("para", "Rachel Moore, City Clerk"),
]

DOCX["westbrook-school-board-special-2024-11"] = [
    ("title", "WESTBROOK UNIFIED SCHOOL DISTRICT BOARD OF EDUCATION"),
    ("subtitle", "Minutes of the Special Meeting"),
    ("para", "Thursday, November 14, 2024, 6:00 p.m., District Office Boardroom, 200 Elm Avenue"),
    ("heading", "1. Call to Order"),
    ("para", "Board President Karen Holloway called the special meeting to order at 6:02 p.m."),
    ("heading", "2. Roll Call"),
    (
        "para",
        "Members present: Karen Holloway, Victor Chen, Angela Brooks-Reyes, Samuel Okafor, Diane Mercer, Luis Ortega.",
    ),
    ("para", "Members absent: Bridget Walsh."),
    ("para", "Also present: Dr. Howard Lin, Superintendent; Monica Reyes, Director of Human Resources."),
    ("para", "Recording secretary: Janet Cole."),
    ("heading", "3. Purpose of the Meeting"),
    (
        "para",
        "The meeting was called to consider the superintendent's contract extension and the 2025-26 school calendar.",
    ),
    ("heading", "4. Superintendent's Contract"),
    (
        "para",
        "M/S Chen/Okafor to extend the superintendent's contract through June 30, 2027 with a 4% salary "
        "increase. Victor Chen said the district's results justified a two-year extension. Diane Mercer asked "
        "why the increase was 4% when teachers received 3%. Dr. Lin said he would accept the teachers' rate. "
        "Diane Mercer said she would still vote no on the motion as made.",
    ),
    ("para", "The motion to extend at 4% failed 2-4."),
    (
        "para",
        "M/S Mercer/Ortega to extend the contract through June 30, 2027 with a 3% increase. Carried 5-1 "
        "(Brooks-Reyes opposed).",
    ),
    ("heading", "5. 2025-26 School Calendar"),
    (
        "para",
        "Monica Reyes presented two calendar options. Luis Ortega asked whether option B kept the February break.",
    ),
    ("para", "Monica Reyes: Yes, a full week."),
    ("para", "Angela Brooks-Reyes moved to adopt option B; Luis Ortega seconded. Carried unanimously."),
    ("heading", "6. Action"),
    ("bullet", "Monica Reyes to publish the adopted calendar within two weeks."),
    ("bullet", "Karen Holloway to sign the amended contract by November 22, 2024."),
    ("heading", "7. Adjournment"),
    ("para", "The special meeting adjourned at 7:25 p.m."),
]

DOCX["harbor-point-hoa-annual-2024-10"] = [
    ("title", "HARBOR POINT HOMEOWNERS ASSOCIATION"),
    ("subtitle", "Minutes of the Annual General Meeting"),
    ("para", "Saturday, October 19, 2024 at 10:00 a.m., Harbor Point Clubhouse"),
    ("heading", "Call to Order and Quorum"),
    (
        "para",
        "President Michael Dunn called the meeting to order at 10:05 a.m. The secretary, Carol Jennings, "
        "reported that 46 of the association's 120 member households were represented, 31 in person and 15 "
        "by proxy, and declared a quorum (25% required).",
    ),
    (
        "para",
        "Board members present: Michael Dunn (President), Carol Jennings (Secretary), Raj Patel (Treasurer), "
        "Susan Whitmore.",
    ),
    ("para", "Regrets: Tom Becker (Director)."),
    ("para", "Also present: Jill Harmon, community manager, Coastal Property Management."),
    ("heading", "Approval of the 2023 Annual Meeting Minutes"),
    (
        "para",
        "Moved by Raj Patel, seconded by Susan Whitmore, to approve the minutes of the October 21, 2023 "
        "annual meeting. Carried unanimously.",
    ),
    ("heading", "President's Report"),
    (
        "para",
        "Michael Dunn reported that the pool resurfacing was completed in June and the gate replacement is "
        "in progress.",
    ),
    ("heading", "Treasurer's Report and 2025 Budget"),
    ("para", "Raj Patel presented the 2025 budget, with dues rising from $420 to $450 a year."),
    ("para", "Owner Frank Deluca (lot 22): Why is the reserve contribution going up again?"),
    ("para", "Raj Patel: The reserve study shows the seawall needs work by 2028."),
    ("para", "Frank Deluca: Then the owners should see the study."),
    ("para", "Michael Dunn: It will be posted on the website."),
    (
        "para",
        "Moved by Raj Patel, seconded by Carol Jennings, to ratify the 2025 budget. The motion carried: 38 in "
        "favour, 6 against, 2 abstentions.",
    ),
    ("heading", "Election of Directors"),
    (
        "para",
        "Two seats were open. Ballots were counted by Jill Harmon. Susan Whitmore (41 votes) and Nina Alvarez "
        "(33 votes) were elected; Gordon Pike received 17 votes.",
    ),
    ("heading", "Owners' Forum"),
    (
        "para",
        "Ellen Price asked the board to add lighting on the north path. Michael Dunn said the board would get quotes.",
    ),
    ("heading", "Action Items"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Post the reserve study on the website | Carol Jennings | November 1, 2024",
            "Obtain quotes for north path lighting | Jill Harmon | by the end of the month",
        ),
    ),
    ("heading", "Adjournment"),
    ("para", "The meeting was adjourned at 11:48 a.m."),
    ("para", "Respectfully submitted,"),
    ("para", "Carol Jennings, Secretary"),
]

DOCX["greenfield-food-bank-board-2025-02"] = [
    ("title", "Greenfield Community Food Bank"),
    ("subtitle", "Board of Directors – Regular Meeting"),
    ("para", "Date: 18 February 2025    Time: 18:30    Location: Food Bank warehouse office, 7 Mill Road"),
    ("heading", "Attendance"),
    (
        "table",
        T(
            "Name | Role | Attendance",
            "Olivia Grant | Chair | Present",
            "Ben Hartley | Treasurer | Present",
            "Yusuf Karim | Secretary | Present",
            "Teresa Lowe | Director | Present",
            "Hannah Cole | Director | Regrets",
            "Marco Bianchi | Director | Absent",
        ),
    ),
    ("para", "Staff present: Rita Sandoval, Executive Director."),
    ("para", "Olivia Grant chaired; Yusuf Karim took the minutes."),
    ("heading", "1. Minutes of 21 January 2025"),
    (
        "para",
        "Approved as circulated. Moved Ben Hartley; seconded Teresa Lowe. 3-0-1 (Olivia Grant abstaining, "
        "having missed the January meeting).",
    ),
    ("heading", "2. Executive Director's Report"),
    (
        "para",
        "Rita Sandoval reported 1,240 households served in January, up 12%. The van repair is done; the grant "
        "application to the county is still outstanding.",
    ),
    ("heading", "3. Volunteer Recruitment"),
    (
        "para",
        "Teresa Lowe said weekend shifts were short by eight volunteers. Ben Hartley suggested a drive at the "
        "high school.",
    ),
    ("heading", "4. Finance"),
    (
        "para",
        "Ben Hartley moved to transfer $15,000 from reserves to the food purchase fund; Yusuf Karim seconded. "
        "The motion was amended to $10,000 and carried 4-0.",
    ),
    ("para", "Teresa Lowe left at 20:00."),
    ("heading", "5. Policy on Cash Donations"),
    ("para", "Yusuf Karim moved that the draft cash-handling policy be adopted. Carried 3-0."),
    ("heading", "Action Items"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Organise a volunteer drive at Greenfield High | Teresa Lowe | March 14, 2025",
            "Submit the county grant application | Rita Sandoval | within two weeks",
            "Circulate the cash-handling policy to staff | Yusuf Karim | 28 February 2025",
        ),
    ),
    ("heading", "Close"),
    ("para", "Meeting closed at 20:35. Next meeting: 18 March 2025."),
]

DOCX["millbrook-finance-committee-2025-04"] = [
    ("title", "MILLBROOK TOWN COUNCIL"),
    ("subtitle", "Finance and General Purposes Committee — Minutes"),
    (
        "para",
        "Minutes of the meeting of the Finance and General Purposes Committee held on Tuesday 8 April 2025 "
        "at 19:00 in the Council Chamber, Millbrook Town Hall.",
    ),
    ("para", "Present: Cllr Andrew Fletcher (Chair), Cllr Joanne Price, Cllr Mohammed Aziz, Cllr Sarah Wentworth."),
    ("para", "In attendance: Mrs Helen Ward (Town Clerk and RFO)."),
    ("heading", "FGP/25/01 Apologies for absence"),
    ("para", "Apologies were received and accepted from Cllr Peter Groves (work commitments)."),
    ("heading", "FGP/25/02 Declarations of interest"),
    ("para", "None."),
    ("heading", "FGP/25/03 Minutes"),
    (
        "para",
        "RESOLVED that the minutes of the meeting held on 11 March 2025 be approved and signed by the Chair as "
        "a correct record.",
    ),
    ("heading", "FGP/25/04 Budget monitoring"),
    (
        "para",
        "Helen Ward presented the year-end figures. Cllr Aziz asked about the overspend on grounds "
        "maintenance. Helen Ward said it was due to storm damage in January. Cllr Wentworth proposed that "
        "£4,000 be moved from the general reserve to cover it. RESOLVED to vire £4,000 from the general "
        "reserve to grounds maintenance.",
    ),
    ("heading", "FGP/25/05 Grants to local organisations"),
    (
        "para",
        "Cllr Price proposed, seconded by Cllr Fletcher, that grants be awarded as set out in the schedule: "
        "Millbrook Scouts £500, Millbrook in Bloom £750. Votes: 3 for, 1 against. RESOLVED accordingly.",
    ),
    ("heading", "FGP/25/06 Internal audit"),
    (
        "para",
        "The internal auditor's report was noted. ACTION: Helen Ward to circulate the management response by "
        "30 April 2025.",
    ),
    ("para", "The meeting closed at 20:10."),
]

DOCX["maple-ridge-planning-commission-2024-09"] = [
    ("title", "MAPLE RIDGE PLANNING COMMISSION"),
    ("subtitle", "Minutes — Regular Meeting of September 17, 2024"),
    (
        "para",
        "The Maple Ridge Planning Commission met in regular session on Tuesday, September 17, 2024, in the "
        "Council Chambers, 450 Ridge Road. Chairperson Dorothy Kim called the meeting to order at 6:30 PM.",
    ),
    (
        "para",
        "ROLL CALL: Commissioners present: Dorothy Kim, Ethan Morales, Rebecca Stone, William Tran, Grace "
        "Abernathy. Commissioners absent: Henry Liu (excused). Staff: Planning Director Nathan Price; Senior "
        "Planner Ava Collins.",
    ),
    ("para", "Commissioner Tran arrived at 6:45 PM."),
    ("heading", "Approval of Minutes"),
    (
        "para",
        "Commissioner Stone moved to approve the minutes of August 20, 2024. Commissioner Morales seconded. "
        "Motion carried 4-0.",
    ),
    ("heading", "Public Hearing: Case PC-24-17, Rezoning of 1200 Orchard Street"),
    ("para", "Ava Collins presented the staff report recommending approval of the rezoning from R-1 to R-3."),
    ("para", "Chairperson Kim opened the public hearing at 6:50 PM."),
    ("para", "Martin Shaw, 1180 Orchard Street, said traffic on Orchard was already heavy."),
    ("para", "Lucy Fenwick, the applicant's representative, said the project would add a turn lane."),
    ("para", "Martin Shaw asked who would pay for the turn lane."),
    ("para", "Lucy Fenwick said the developer would pay for it."),
    ("para", "Chairperson Kim closed the public hearing at 7:20 PM."),
    (
        "para",
        "Commissioner Abernathy said the density was too high for the street. Commissioner Morales said the "
        "turn lane addressed the main concern.",
    ),
    (
        "para",
        "Commissioner Morales moved to recommend approval of Case PC-24-17 to the City Council, with the "
        "condition that the developer build the turn lane; seconded by Commissioner Tran. Roll call vote: "
        "Ayes – Morales, Tran, Kim. Nays – Abernathy. Abstain – Stone. Motion carried 3-1-1.",
    ),
    ("heading", "Director's Report"),
    (
        "para",
        "Nathan Price reported that the comprehensive plan update is in progress and the sign ordinance draft "
        "has been completed.",
    ),
    ("heading", "Adjournment"),
    ("para", "The meeting was adjourned at 7:58 PM."),
    ("para", "Minutes prepared by Ava Collins, Senior Planner."),
]

DOCX["ashcombe-parish-council-2025-05"] = [
    ("title", "ASHCOMBE PARISH COUNCIL"),
    ("subtitle", "Minutes of the Ordinary Meeting"),
    ("para", "held on Monday 12 May 2025 at 7.30pm in Ashcombe Village Hall"),
    (
        "para",
        "Present: Cllr Janet Hargreaves (Chairman), Cllr Philip Nolan, Cllr Stella Okoro, Cllr Robert Finch, "
        "Cllr Emma Lacey.",
    ),
    ("para", "In attendance: Mr David Marsh (Clerk); County Cllr Alan Pearce; 3 members of the public."),
    ("heading", "25/31 Apologies"),
    ("para", "Cllr Ian Fowler (holiday). Cllr Nolan arrived at 7.45pm."),
    ("heading", "25/32 Declarations of interest"),
    ("para", "Cllr Finch declared an interest in item 25/36 (planning application 25/0412, neighbouring property)."),
    ("heading", "25/33 Minutes"),
    (
        "para",
        "The minutes of the meeting held on 14 April 2025 were approved as a true record and signed by the "
        "Chairman. Proposed Cllr Okoro, seconded Cllr Lacey; all in favour.",
    ),
    ("heading", "25/34 Public participation"),
    ("para", "A resident raised concerns about speeding on Church Lane."),
    ("heading", "25/35 County Councillor's report"),
    (
        "para",
        "Cllr Pearce said the resurfacing of the B1038 was scheduled for July. Cllr Lacey asked whether Church "
        "Lane could be added to the speed survey. Cllr Pearce said he would ask Highways.",
    ),
    ("heading", "25/36 Planning"),
    (
        "para",
        "Application 25/0412, extension at 4 Mill Close. Cllr Finch left the room. RESOLVED: no objection. "
        "4 in favour, 0 against. Cllr Finch returned to the meeting.",
    ),
    ("heading", "25/37 Finance"),
    (
        "para",
        "RESOLVED to approve payments totalling £1,842.60 as listed. Proposed Cllr Hargreaves, seconded Cllr "
        "Okoro. Carried unanimously.",
    ),
    ("heading", "25/38 Play area"),
    (
        "para",
        "The Clerk reported that the annual inspection has been completed; the replacement of the swing seats "
        "remains outstanding.",
    ),
    ("bullet", "ACTION: Clerk to order new swing seats by 31 May 2025."),
    ("bullet", "ACTION: Cllr Okoro to obtain a quote for bark chippings before the next meeting."),
    ("heading", "25/39 Date of next meeting"),
    ("para", "Monday 9 June 2025 at 7.30pm."),
    ("para", "There being no further business the Chairman closed the meeting at 9.05pm."),
    ("table", T("Signed | Date", "Chairman | ")),
]

DOCX["north-fork-water-district-special-2025-02"] = [
    ("title", "NORTH FORK WATER DISTRICT"),
    ("subtitle", "Board of Directors — Minutes of a Special Meeting"),
    ("para", "Monday, February 24, 2025, 5:00 p.m., District Office, 1800 Canal Road"),
    ("heading", "1. Call to Order"),
    (
        "para",
        "President Gloria Stanton called the special meeting to order at 5:01 p.m. The meeting was called to "
        "consider the emergency repair of the Canal Road water main and the related budget transfer.",
    ),
    ("heading", "2. Roll Call"),
    (
        "para",
        "Directors present: Gloria Stanton (President), Edwin Marsh (Vice President), Rosalind Kerr, Yusuf "
        "Demir, Arthur Pell.",
    ),
    ("para", "Director absent: Calvin Reyes (excused)."),
    (
        "para",
        "Staff present: General Manager Teresa Alvarado; District Engineer Paul Nguyen; Board Secretary Megan Hollis.",
    ),
    ("heading", "3. Canal Road Main Break"),
    (
        "para",
        "Paul Nguyen reported that the 16-inch main under Canal Road failed on February 19 and has been "
        "bypassed with a temporary line. Edwin Marsh asked how long the bypass could stay in service. Paul "
        "Nguyen said no more than ninety days. Rosalind Kerr asked whether the repair could wait for the "
        "low-demand season. Teresa Alvarado said the bypass could not carry summer peak flows.",
    ),
    ("heading", "4. Resolution No. 2025-03 — Emergency Repair Contract"),
    (
        "para",
        "Resolved, That the Board of Directors of the North Fork Water District declares an emergency and "
        "awards the Canal Road main repair to Barrow Pipeline, Inc. for an amount not to exceed $312,000.",
    ),
    ("para", "Moved by Director Marsh, seconded by Director Demir. Roll call vote:"),
    ("bullet", "Ayes: Stanton, Marsh, Kerr, Demir, Pell"),
    ("bullet", "Nays: none"),
    ("bullet", "Abstain: none"),
    ("para", "Resolution No. 2025-03 was adopted 5-0."),
    ("heading", "5. Resolution No. 2025-04 — Budget Transfer"),
    (
        "para",
        "Resolved, That the fiscal year 2024-25 budget is amended to transfer $312,000 from the capital "
        "reserve to the emergency repair account.",
    ),
    ("para", "Moved by Director Demir, seconded by Director Marsh. Roll call vote:"),
    ("bullet", "Ayes: Stanton, Marsh, Demir"),
    ("bullet", "Nays: Pell"),
    ("bullet", "Abstain: Kerr"),
    ("para", "Resolution No. 2025-04 was adopted 3-1-1."),
    ("heading", "6. Public Comment"),
    (
        "para",
        "Harold Finch, a Canal Road resident, asked when the road would reopen. Teresa Alvarado said one lane "
        "would reopen during the works.",
    ),
    ("heading", "7. Action Items"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Sign the repair contract with Barrow Pipeline, Inc. | Teresa Alvarado | February 26, 2025",
            "Notify Canal Road residents of the repair schedule | Megan Hollis | within one week",
            "Report on repair progress | Paul Nguyen | March 10, 2025",
        ),
    ),
    ("heading", "8. Adjournment"),
    ("para", "The special meeting adjourned at 6:12 p.m."),
    ("para", "Megan Hollis, Board Secretary"),
]

# ---------------------------------------------------------------- .pdf

PDF["lakeside-library-board-2024-06"] = [
    ("title", "LAKESIDE DISTRICT LIBRARY — BOARD OF TRUSTEES"),
    ("subtitle", "Regular Meeting Minutes"),
    ("para", "Monday, June 10, 2024 • 6:00 p.m. • Lakeside Library Meeting Room B"),
    ("heading", "1. CALL TO ORDER"),
    ("para", "President Harold Jensen called the meeting to order at 6:01 p.m."),
    ("heading", "2. ROLL CALL"),
    (
        "table",
        T(
            "Trustee | Status",
            "Harold Jensen | Present",
            "Maria Lopez | Present",
            "Kenji Watanabe | Present",
            "Ruth Adler | Present",
            "Simon Pryce | Absent",
            "Beatrice Olsen | Present",
        ),
    ),
    ("para", "Also present: Nora Fitzgerald, Library Director; Carl Dobbs, Friends of the Library."),
    ("para", "Quorum: five of six trustees present."),
    ("heading", "3. APPROVAL OF MINUTES"),
    ("para", "Motion by Lopez, second by Adler, to approve the May 13, 2024 minutes. Ayes 5, Nays 0. Motion carried."),
    ("heading", "4. DIRECTOR'S REPORT"),
    (
        "para",
        "Nora Fitzgerald reported that the HVAC replacement is complete and the new self-checkout stations "
        "are still on order.",
    ),
    ("heading", "5. FY2025 BUDGET"),
    (
        "para",
        "Kenji Watanabe said the levy request should stay flat. Beatrice Olsen said a 2% increase was needed "
        "to keep Sunday hours. Kenji Watanabe said he could accept 2% if Sunday hours were guaranteed.",
    ),
    (
        "para",
        "Motion by Olsen, second by Lopez, to approve the FY2025 budget of $1,284,000 with a 2% levy "
        "increase. Roll call: Jensen – aye; Lopez – aye; Watanabe – aye; Adler – nay; Olsen – aye. Motion "
        "carried 4-1.",
    ),
    ("heading", "6. PUBLIC COMMENT"),
    ("para", "Carl Dobbs said the Friends' book sale will be held on July 20."),
    ("heading", "7. ACTION ITEMS"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Send the levy request to the county | Nora Fitzgerald | June 28, 2024",
            "Schedule the director's annual review | Harold Jensen | before the next meeting",
        ),
    ),
    ("heading", "8. ADJOURNMENT"),
    ("para", "Motion by Adler, second by Watanabe, to adjourn at 7:12 p.m. Motion carried."),
    ("para", "Respectfully submitted,"),
    ("para", "Maria Lopez, Secretary"),
]

PDF["pine-county-transit-board-2025-03"] = [
    ("title", "PINE COUNTY TRANSIT AUTHORITY"),
    ("subtitle", "Board of Directors – Minutes"),
    ("para", "Meeting date: 03/05/2025"),
    ("para", "Time: 7pm"),
    ("para", "Place: Transit Center Conference Room, 55 Depot St."),
    (
        "para",
        "Directors present: Walter Simmons (chair), Irene Castellano, Jorge Mendez, Priscilla Young, Dev Malhotra",
    ),
    ("para", "Absent: Frank Odum"),
    ("para", "Staff present: CEO Brenda Kowalski; CFO Tyrone Banks"),
    ("para", "The chair called the meeting to order at 7:04pm and declared a quorum."),
    ("heading", "Consent agenda (minutes of 02/05/2025; February bills)"),
    ("para", "Approved, M/S Castellano/Mendez, 5-0."),
    ("heading", "Route 9 service change"),
    (
        "para",
        "Brenda Kowalski presented ridership data. Priscilla Young asked whether Sunday service would be cut. "
        "Brenda Kowalski said no. Dev Malhotra said the rural riders depended on Route 9. Jorge Mendez moved "
        "to approve the service change effective 04/07/2025; Irene Castellano seconded. The motion failed "
        "2-3.",
    ),
    ("heading", "Fare-free youth pilot"),
    (
        "para",
        "Resolved, That the Authority adopt a fare-free pilot for riders under 18 from June 1 through August "
        "31, 2025. M/S Young/Malhotra. Vote: 4 in favor, 0 against, 1 abstention (Mendez). Adopted.",
    ),
    ("heading", "Reports on prior action items"),
    ("bullet", "Bus shelter at Oak & 3rd (Brenda Kowalski) – installed."),
    ("bullet", "Audit engagement letter (Tyrone Banks) – in progress."),
    ("bullet", "ADA signage review (Brenda Kowalski) – not started."),
    ("heading", "Actions"),
    (
        "para",
        "Tyrone Banks to present the Q1 financials at the 04/02/2025 meeting. Brenda Kowalski to bring a "
        "revised Route 9 proposal by April 2.",
    ),
    ("para", "Meeting adjourned."),
    ("para", "— minutes by Irene Castellano, board secretary"),
]

PDF["nimbus-foundation-board-2025-03"] = [
    ("title", "NIMBUS SOFTWARE FOUNDATION"),
    ("subtitle", "Minutes of the Board of Directors Meeting"),
    ("para", "Tues., Mar. 4th, 2025, 17:00–18:10 UTC, video call"),
    (
        "para",
        "Directors present: Amara Osei (Chair), Lukas Berger, Chen Wei, Isabel Fontaine, Rahul Menon, "
        "Sophie Laurent. Absent: Tomás Herrera. Guests: Ingrid Solberg (Executive Director), Paolo Russo "
        "(counsel).",
    ),
    ("para", "Minutes taken by Isabel Fontaine (Secretary)."),
    ("para", "Amara Osei opened the meeting at 17:00 UTC. Six of seven directors were present; a quorum was declared."),
    ("heading", "1. Previous minutes"),
    ("para", "The minutes of February 4, 2025 were approved without objection."),
    ("heading", "2. Action items from last meeting"),
    ("bullet", "Trademark policy draft (Lukas Berger): done, posted for comment."),
    ("bullet", "Sponsor renewal letters (Ingrid Solberg): in progress, 9 of 14 sent."),
    ("bullet", "Security audit RFP (Rahul Menon): outstanding."),
    ("heading", "3. Budget 2025"),
    (
        "para",
        "Ingrid Solberg presented the 2025 budget. Chen Wei said travel grants were underfunded. Sophie "
        "Laurent asked if the conference surplus could cover them. Ingrid Solberg said about $20,000 could be "
        "moved. Chen Wei said that would be enough.",
    ),
    (
        "para",
        "Resolved, That the Board adopts the 2025 budget as presented, with $20,000 moved from the conference "
        "surplus to travel grants. Moved by Lukas Berger, seconded by Chen Wei. Approved 6-0-0.",
    ),
    ("heading", "4. New project: Driftwood"),
    (
        "para",
        "Rahul Menon said the Driftwood project met the incubation criteria. Paolo Russo said the licence "
        "review was clean.",
    ),
    (
        "para",
        "Resolved, That the Driftwood project is accepted into the incubator. Moved Rahul Menon; seconded "
        "Sophie Laurent. 5-0-1 (Isabel Fontaine abstained as a Driftwood contributor).",
    ),
    ("heading", "5. Code of conduct committee"),
    ("para", "Tomás Herrera's resignation from the committee was accepted. Sophie Laurent will chair the committee."),
    ("heading", "Action items"),
    ("bullet", "Rahul Menon to publish the security audit RFP by March 14, 2025."),
    ("bullet", "Ingrid Solberg to send the remaining sponsor letters by the end of the month."),
    ("bullet", "Sophie Laurent to propose new committee members before the next meeting."),
    ("para", "The meeting ended at 18:10 UTC."),
]

PDF["st-brendans-audit-committee-2025-01"] = [
    ("title", "ST. BRENDAN'S HOSPITAL FOUNDATION"),
    ("subtitle", "Audit and Risk Committee — Meeting Minutes"),
    ("para", "Date: 28 January 2025  |  Time: 4:00 PM  |  Location: Foundation boardroom, 3rd floor"),
    ("para", "Present: Claire Donovan (Committee Chair), Marcus Webb, Evelyn Shaw, Arjun Rao"),
    ("para", "Regrets: Philippa Stone"),
    ("para", "Also present: Gavin Hall (external auditor, Hall & Finch LLP); Jenna Ross (Director of Finance)"),
    ("para", "Recorder: Jenna Ross"),
    ("heading", "1. Welcome"),
    ("para", "The Chair opened the meeting at 4:05 PM."),
    ("heading", "2. Minutes of 22 October 2024"),
    ("para", "Approved. Moved: Marcus Webb. Seconded: Arjun Rao. Carried 4-0."),
    ("heading", "3. 2024 audit plan"),
    ("para", "Gavin Hall: Fieldwork will start on 17 February and take three weeks."),
    ("para", "Evelyn Shaw: Will you test the gift-in-kind valuations this year?"),
    ("para", "Gavin Hall: Yes, a sample of twenty."),
    ("para", "Claire Donovan: Please include the gala auction items in that sample."),
    (
        "para",
        "The committee approved the audit plan with that change. Moved: Evelyn Shaw. Seconded: Marcus Webb. "
        "Carried unanimously.",
    ),
    ("heading", "4. Risk register"),
    (
        "para",
        "Jenna Ross presented the updated risk register. Arjun Rao said cyber risk should be rated high. "
        "Motion (Arjun Rao) to rate cyber risk high, seconded by Evelyn Shaw. Result: 2 for, 2 against. The "
        "motion failed on a tie.",
    ),
    ("heading", "5. Follow-up on previous actions"),
    ("bullet", "Bank mandate update – completed."),
    ("bullet", "Investment policy review – still outstanding."),
    ("heading", "6. Actions"),
    (
        "table",
        T(
            "Action | Owner | Due",
            "Provide the gift-in-kind sample list | Jenna Ross | 10 February 2025",
            "Circulate a cyber-risk briefing | Arjun Rao | within two weeks",
            "Review the investment policy | Claire Donovan | 31 March 2025",
        ),
    ),
    ("para", "Meeting closed at 5:20 PM."),
]

PDF["northside-soccer-league-agm-2024-11"] = [
    ("title", "NORTHSIDE YOUTH SOCCER LEAGUE"),
    ("subtitle", "Annual General Meeting — Minutes"),
    ("para", "Saturday 23 November 2024, 2:00 p.m., Northside Community Centre, Hall A"),
    ("para", "Chair: Derek Walsh (President). Secretary: Amy Lindgren."),
    (
        "para",
        "Attendance: 37 members signed the register; the quorum of 25 members was met. Board members present: "
        "Derek Walsh, Amy Lindgren, Victor Okonkwo (Treasurer), Paula Reyes, Liam O'Connor. Apologies: "
        "Sandra Kemp.",
    ),
    ("number", "Opening: The President opened the meeting at 2:10 p.m."),
    (
        "number",
        "Minutes of the 2023 AGM were accepted as presented (proposed Paula Reyes, seconded Liam O'Connor; "
        "carried unanimously).",
    ),
    ("number", "President's report: Derek Walsh reported 412 players registered, up from 368."),
    (
        "number",
        "Treasurer's report: Victor Okonkwo presented the accounts, with a surplus of $6,420. A member, "
        "Gordon Blake, asked why referee fees rose 18%. Victor Okonkwo said the state association raised "
        "its rates. The accounts were adopted: 33 in favour, 2 against, 2 abstentions.",
    ),
    (
        "number",
        "Constitutional amendment to allow online voting at general meetings. A two-thirds majority was "
        "required. Result: 22 in favour, 15 against. The motion was defeated.",
    ),
    (
        "number",
        "Election of officers: Derek Walsh (President) and Victor Okonkwo (Treasurer) were re-elected "
        "unopposed. Nadia Farouk was elected Registrar.",
    ),
    ("number", "Any other business: Liam O'Connor said volunteer coaches are needed for the U8 division."),
    (
        "para",
        "Action: Amy Lindgren to post the approved accounts on the league website by 30 November 2024. "
        "Liam O'Connor to organise a coaching clinic in January.",
    ),
    ("para", "The meeting closed at 3:35 p.m."),
]

PDF["cedar-heights-association-2025-02"] = [
    ("para", "cedar heights neighbourhood association"),
    ("para", "GENERAL MEETING minutes - Thurs., Feb. 6th, 2025 - 7:00 P.M. - St. Luke's church hall"),
    ("para", "present: Omar Haddad (chair), bev Thornton (sec.), Greg Palmer, LINDA CHO, Ray Mullins, Fatima Noor"),
    ("para", "absent: Joe Kaminski"),
    ("para", "guest: Officer Dana Wright, community liaison, City Police"),
    ("para", "mtg called to order 7:10pm by omar haddad."),
    ("para", "1) last month's minutes - approved, m/s greg palmer/linda cho, all in favour"),
    (
        "para",
        "2) Police update - Dana Wright said car break-ins were down 30% since December. Ray Mullins asked "
        "about the speed camera. dana wright: the city has not decided yet.",
    ),
    (
        "para",
        "3) Snow clearing on the footpaths - Fatima Noor said the footpath on Birch Ave was never cleared. "
        "greg palmer said the contractor was paid for 4 visits. motion (Fatima Noor) to withhold the last "
        "payment until Birch Ave is done - seconded Ray Mullins - carried 5-1.",
    ),
    (
        "para",
        "4) Spring clean-up - Linda Cho will book the dumpsters by March 1. Bev Thornton to send the flyer "
        "within 2 weeks.",
    ),
    ("para", "5) Treasurer - Greg Palmer: balance $3,212.44, dues outstanding from 11 households."),
    (
        "para",
        "6) old action items: new sign at park entrance - DONE (ray mullins). website update - still not "
        "done (bev thornton).",
    ),
    ("para", "mtg adjourned 8:47 pm"),
    ("para", "- bev thornton, secretary"),
]

PDF["ridgeway-hospital-foundation-2024-12"] = [
    ("title", "RIDGEWAY MEMORIAL HOSPITAL FOUNDATION"),
    ("subtitle", "Minutes of the Board of Directors"),
    ("para", "Thursday, December 12, 2024, 12:00 noon, Hospital Conference Center, Room 2A"),
    ("heading", "Directors present"),
    (
        "table",
        T(
            "Name | Office",
            "Beatrice Harrow | Chair",
            "Samuel Achebe | Vice Chair",
            "Elena Vasquez | Treasurer",
            "Gordon McAllister | Secretary",
            "Naomi Feldman | Director",
            "Peter Hargrove | Director",
        ),
    ),
    ("para", "Regrets: Rebecca Tan, Julian Moss. Absent: Carla Benedetti."),
    (
        "para",
        "Also present: Diane Whitcombe, Foundation President and CEO; Martin Cho, Chief Financial Officer of "
        "Ridgeway Memorial Hospital.",
    ),
    (
        "para",
        "Chair Beatrice Harrow called the meeting to order at 12:05 p.m. With 6 of 9 directors present, a "
        "quorum was established.",
    ),
    ("heading", "1. Minutes of the October 10, 2024 Meeting"),
    (
        "para",
        "The minutes were approved as distributed on a motion by Samuel Achebe, seconded by Naomi Feldman. "
        "Carried 6-0.",
    ),
    ("heading", "2. Review of Action Items"),
    ("bullet", "Donor wall redesign (Diane Whitcombe): done; installed in the main lobby in November."),
    ("bullet", "Planned giving brochure (Gordon McAllister): in progress; the draft is with the printer."),
    ("bullet", "Investment manager search (Elena Vasquez): outstanding."),
    ("heading", "3. Treasurer's Report"),
    (
        "para",
        "Elena Vasquez presented the financial statements to November 30, 2024. Net assets stand at $14.2 "
        "million. Peter Hargrove asked whether the gala results were final. Elena Vasquez said two pledges of "
        "$25,000 were still to be received.",
    ),
    ("heading", "4. Grant to the Cardiac Unit"),
    (
        "para",
        "Diane Whitcombe presented the hospital's request for cardiac monitoring equipment. Martin Cho said the "
        "new monitors would replace equipment more than ten years old. Naomi Feldman asked whether the vendor "
        "offered a service contract. Martin Cho said a five-year service contract was included in the price.",
    ),
    (
        "para",
        "Resolved, That the Foundation grants $275,000 to Ridgeway Memorial Hospital for cardiac monitoring "
        "equipment, payable from the Heart Fund. Moved by Naomi Feldman, seconded by Samuel Achebe. Adopted "
        "5-0-1 (Gordon McAllister abstained as a member of the hospital's medical staff).",
    ),
    ("heading", "5. 2025 Annual Fund Goal"),
    (
        "para",
        "Resolved, That the 2025 annual fund goal is set at $1,200,000. Moved by Elena Vasquez, seconded by "
        "Peter Hargrove. Adopted 6-0.",
    ),
    ("heading", "6. New Action Items"),
    ("bullet", "Diane Whitcombe to send the grant award letter to the hospital by December 20, 2024."),
    ("bullet", "Elena Vasquez to present a shortlist of investment managers by January 31, 2025."),
    ("bullet", "Samuel Achebe to recruit two new directors before the annual meeting."),
    ("para", "The meeting adjourned at 1:25 p.m."),
    ("para", "Respectfully submitted,"),
    ("para", "Gordon McAllister, Secretary"),
]

# ---------------------------------------------------------------- rendering


def render_docx(items: list[tuple[str, object]], title: str) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    styles = {
        "title": "Title",
        "subtitle": "Subtitle",
        "heading": "Heading 2",
        "bullet": "List Bullet",
        "number": "List Number",
    }
    for kind, payload in items:
        if kind == "table":
            rows = payload
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = document.styles["Table Grid"]
            for row, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            continue
        paragraph = document.add_paragraph(style=styles.get(kind))
        paragraph.add_run(str(payload))
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    props = document.core_properties
    props.title, props.author, props.last_modified_by = title, "Secretary", "Secretary"
    props.created = props.modified = STAMP.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), ZIP_STAMP)


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format="Letter")
        self.set_creation_date(STAMP)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=11)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    def paragraph(self, text: str, *, indent: float = 0, style: str = "", align: str = "L") -> None:
        self.set_font("DejaVu", style, 11)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 6, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)


def render_pdf(items: list[tuple[str, object]], title: str) -> bytes:
    pdf = _Pdf()
    pdf.set_title(title)
    pdf.set_author("Secretary")
    pdf.add_page()
    number = 0
    for kind, payload in items:
        number = number + 1 if kind == "number" else 0
        if kind in ("title", "subtitle"):
            pdf.set_font("DejaVu", "B", 14 if kind == "title" else 12)
            pdf.multi_cell(0, 8, str(payload), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "heading":
            pdf.paragraph(str(payload), style="B")
        elif kind == "bullet":
            pdf.paragraph(f"- {payload}", indent=6)
        elif kind == "number":
            pdf.paragraph(f"{number}. {payload}", indent=6)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(line_height=6) as table:
                for values in payload:
                    row = table.row()
                    for value in values:
                        row.cell(value)
            pdf.ln(3)
        else:
            pdf.paragraph(str(payload))
    return bytes(pdf.output())


def main() -> None:
    OUT.mkdir(exist_ok=True)
    files: dict[str, bytes] = {}
    for stem, items in DOCX.items():
        files[f"{stem}.docx"] = render_docx(items, str(items[0][1]))
    for stem, items in PDF.items():
        files[f"{stem}.pdf"] = render_pdf(items, str(items[0][1]))
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
