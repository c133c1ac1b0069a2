"""The words printed on sheets and lists, in the company's language (a Paris sheet is French),
from the core's catalogue like every other sentence of the core (wardrobe/language/i18n.py)."""

from __future__ import annotations

from ..domain.measures import BY_KEY
from ..language.i18n import N_, said, translate
from ..language.vocabulary import WORDS, size_value, word
from ..records import PointeSpecRecord

TEXTS: dict[str, str] = {
    "fitting_sheet": N_("Fitting sheet"),
    "call_sheet": N_("Call sheet: {production}"),
    "pull_list": N_("Pull list: {production}"),
    "work_sheet": N_("Work sheet: {title}"),
    "cost_report": N_("Cost report: {title}"),
    "build_due": N_("due {due}"),
    "build_pattern": N_("pattern: {pattern}"),
    "tutu_layers": N_("{style} tutu, {layers} layers"),
    "pieces_to_make": N_("Pieces to make"),
    "no_one": N_("for no one"),
    "pieces_for_no_one": N_("{count} piece(s), made for no one."),
    "stages": N_("Stages"),
    "stage": N_("Stage"),
    "standard": N_("Standard"),
    "maker": N_("Done by"),
    "done_on": N_("Done on"),
    "hours_worked": N_("Hours"),
    "signed": N_("Signed"),
    "fitting_stage": N_("fitting"),
    "materials": N_("Materials"),
    "needed": N_("Needed"),
    "held": N_("Held"),
    "used": N_("Used"),
    "what": N_("What"),
    "labour": N_("Labour"),
    "hours": N_("Hours"),
    "cost_total": N_("Total"),
    "estimated": N_("(estimated)"),
    "order_charged": N_("Purchase order {number}"),
    "pointe_issued": N_("Pointe shoes issued to its cast this season: {pairs} pair(s)"),
    "budget_left": N_("Budget {budget}: {left} left."),
    "budget_over": N_("Budget {budget}: {left} over."),
    "no_budget": N_("No budget is set for this production."),
    "hours_unpriced": N_("hours with no rate"),
    "pointe_unpriced": N_("pointe shoes with no price"),
    "unpriced": N_("No cost recorded for: {what}."),
    "dressing_lists": N_("Dressing lists: {production}"),
    "tracks": N_("Dressers' tracks: {production}"),
    "presets": N_("Presets: {production}"),
    "laundry_list": N_("Laundry list: {production}"),
    "exception_report": N_("Exception report: {production}"),
    "nobody_called": N_("No one is called."),
    "no_room": N_("No dressing room"),
    "room_dresser": N_("{room} (dresser: {dresser})"),
    "at": N_("When"),
    "comes_off": N_("Comes off"),
    "goes_on": N_("Goes on"),
    "no_place_set": N_("place not set"),
    "no_dresser": N_("no dresser"),
    "minutes_to_change": N_("{minutes} min to change"),
    "quick_change_rule": N_("A quick change: fewer than {minutes} minutes between two looks."),
    "no_tracks": N_("No dresser has a dancer or a quick change on this date."),
    "dresses": N_("Dresses: {dancers}"),
    "no_quick_changes": N_("No quick change."),
    "no_presets": N_("No quick change has a piece to preset."),
    "set": N_("Set"),
    "washed": N_("Washed"),
    "worn_by": N_("Worn by"),
    "laundry_count": N_("{pieces} piece(s) to wash."),
    "not_back": N_("Not back ({count})"),
    "damaged": N_("Damaged ({count})"),
    "to_mend": N_("To mend before the next date ({count})"),
    "laundry": N_("To wash ({count})"),
    "had_it_last": N_("Who had it last"),
    "said": N_("What"),
    "event_line": N_("{kind}, {day} {time} ({time_zone}){venue}"),
    "called_at": N_("Called"),
    "on_stage": N_("On stage"),
    "looks_and_pieces": N_("Looks and pieces"),
    "not_ready": N_("Not ready"),
    "all_ready": N_("Everything is ready."),
    "call_counts": N_(
        "{dancers} dancer(s) called, {pieces} piece(s) to pull, {missing} not ready."
    ),
    "for_dancer": N_("for {dancer}"),
    "pointe_to_issue": N_("pointe shoes: {pairs} pair(s), {on_hand} in stock"),
    "place": N_("Place"),
    "pulled": N_("Pulled"),
    "pull_counts": N_("{pulled} of {pieces} piece(s) pulled."),
    "no_place": N_("no place set"),
    "to_make_short": N_("to make"),
    "to_assign_short": N_("to assign"),
    "costume_plot": N_("Costume plot: {production}"),
    "costume_plot_cast": N_("Costume plot: {production}, cast {cast}"),
    "continuity_book": N_("Continuity book: {production}"),
    "dancer_plot": N_("{dancer} in {production}"),
    "role_or_dancer": N_("Role"),
    "not_on_stage": N_("—"),
    "changed": N_("▸ a change of look"),
    "minutes_in": N_("{minutes} min in"),
    "no_parts": N_("No running order yet: add the production's parts first."),
    "look": N_("Look"),
    "worn": N_("How it is worn"),
    "reference": N_("Reference"),
    "dancers_pieces": N_("Pieces worn"),
    "cast_n": N_("cast {cast}"),
    "double_of_name": N_("double of {principal}"),
    "alternate": N_("alternate"),
    "where_now": N_("Where it is now"),
    "part": N_("Part"),
    "how_made": N_("made for her"),
    "how_assigned": N_("given to her"),
    "how_to_assign": N_("to assign"),
    "how_to_make": N_("to make"),
    "no_looks_part": N_("No role wears a look here yet."),
    "no_plot_dancer": N_("Nothing worn in this production yet."),
    "company": N_("Company"),
    "production": N_("Production"),
    "all_productions": N_("All productions"),
    "dancer": N_("Dancer"),
    "rank": N_("Rank"),
    "roles": N_("Roles"),
    "double_of": N_("Double of"),
    "fitting_date": N_("Fitting date"),
    "measurements": N_("Measurements"),
    "taken_on": N_("taken on {date}"),
    "no_measurements": N_("No measurements taken yet."),
    "pieces": N_("Costume pieces"),
    "tag": N_("Tag"),
    "piece": N_("Piece"),
    "type": N_("Type"),
    "colour": N_("Colour"),
    "condition": N_("Condition"),
    "tutu": N_("Tutu"),
    "status": N_("Status"),
    "tutu_detail": N_("{style}, {layers} layers"),
    "hoop": N_("hoop on layer {layer}"),
    "no_pieces": N_("No costume pieces for this dancer yet."),
    "pointe": N_("Pointe shoes"),
    "pairs_on_hand": N_("{pairs} pairs on hand"),
    "weeks_left": N_("{weeks} weeks left"),
    "no_pointe": N_("No pointe-shoe specification."),
    "alterations": N_("Open alterations"),
    "no_alterations": N_("None."),
    "notes": N_("Notes"),
    "photo": N_("Photo"),
    "sign_off": N_("Sign-off"),
    "sign_dancer": N_("Dancer"),
    "sign_cutter": N_("Cutter"),
    "sign_supervisor": N_("Wardrobe supervisor"),
    "signature_date": N_("Signature and date"),
    "continued": N_("continued"),
    "page": N_("Page {page}"),
    "empty_production": N_("No dancer is cast in {production} yet: nothing to fit."),
    "reorder_list": N_("Reorder list"),
    "supplier": N_("Supplier"),
    "no_supplier": N_("No supplier set"),
    "item": N_("Item"),
    "for": N_("For"),
    "on_hand": N_("On hand"),
    "minimum": N_("Minimum"),
    "target": N_("Target"),
    "on_order": N_("On order"),
    "to_order": N_("To order"),
    "unit_cost": N_("Unit cost"),
    "cost": N_("Cost"),
    "total": N_("Total for {supplier}"),
    "grand_total": N_("Total to order"),
    "nothing_low": N_("Nothing is below its level: nothing to order."),
    "covered": N_("covered by orders"),
    "covered_by": N_("covered by order {numbers}"),
    "net_charts": N_("Tulle and net below their minimum: on hand at each month's end"),
    "date": N_("Date"),
    "pairs": N_("pairs"),
    "spec": N_("{maker} {model}, size {size}, width {width}"),
    "shank": N_("{shank} shank"),
    "vamp": N_("{vamp} vamp"),
    "box": N_("{box} box"),
    "maker_mark": N_("maker's mark: {mark}"),
    "printed": N_("Printed {date}"),
    "colon": N_(":"),
    "packing_list": N_("Packing list"),
    "guest_line": N_("Of {home}, guest at {host} from {start} {until}"),
    "until_day": N_("until {day}"),
    "guest_of": N_("{home}, guest at {host}"),
    "open_ended": N_("(open-ended)"),
    "costumes_travelling": N_("Costumes travelling with the dancer"),
    "nothing_packed": N_("No costume travels with the dancer."),
    "value": N_("Replacement value"),
    "left": N_("Left"),
    "arrived": N_("Arrived"),
    "items_count": N_("{count} item(s)"),
    "pairs_taken": N_("{pairs} pairs taken along, held by {host} from now"),
    "packed_by": N_("Packed by"),
    "received_by": N_("Received by"),
    "doubles": N_("Doubles — {production}"),
    "no_doubles": N_("No one in {production} has a double."),
    "pair": N_("{principal} · double: {double}"),
    "role": N_("Role"),
    "principal_piece": N_("Principal's piece"),
    "double_piece": N_("Double's piece"),
    "to_make": N_("to make"),
    "no_pieces_pair": N_("No piece made for either yet."),
    "differences": N_("Measurements that differ by more than {tolerance}:"),
    "no_differences": N_("No measurement differs by more than {tolerance}."),
    "measure": N_("Measure"),
    "difference": N_("Difference"),
    "loan_agreement": N_("Loan agreement"),
    "loan_terms": N_(
        "{lender} lends {borrower} the items below from {lent}, to be returned by {due} in the "
        "condition they left in."
    ),
    "condition_out": N_("Condition out"),
    "condition_back": N_("Condition back"),
    "loan_duty": N_(
        "The borrower keeps the items safe, neither alters nor lends them on, and pays the "
        "replacement value of an item lost or damaged beyond repair."
    ),
    "costume_book": N_("Costume book — {production}"),
    "made_for": N_("Made for"),
    "no_role": N_("No role"),
    "no_pieces_book": N_("No costume piece is logged for this production yet."),
    "purchase_order": N_("Purchase order {number}"),
    "draft": N_("Draft, not sent"),
    "order_from": N_("From"),
    "order_to": N_("To"),
    "order_date": N_("Order date"),
    "line": N_("No."),
    "quantity": N_("Quantity"),
    "amount": N_("Amount"),
    "order_total": N_("Total"),
    "no_price": N_("price to confirm"),
    "quote_number": N_(
        "Please quote the order number {number} on the delivery note and the invoice."
    ),
    "received_so_far": N_("Received"),
    "stocktake_report": N_("Stocktake: {place}"),
    "counted_by": N_("Started {start} by {who}; finished {end} by {finisher}."),
    "under_way": N_("Under way: started {start} by {who}."),
    "found": N_("Found"),
    "missing": N_("Missing"),
    "misplaced": N_("Misplaced"),
    "unknown_tags": N_("Unknown tags"),
    "recorded_at": N_("Recorded at"),
    "moved_here": N_("moved here"),
    "left_there": N_("left as recorded"),
    "summary": N_("{found} found, {missing} missing, {misplaced} misplaced, {unknown} unknown"),
    "none": N_("None."),
    # Said under an empty list of items, of tags: French agrees with what there is none of.
    "no_item": N_("No item."),
    "no_tag": N_("No tag."),
    "count_sheet": N_("Count sheet"),
    "material": N_("Material"),
    "unit": N_("Unit"),
    "counted": N_("Counted"),
    "counted_by_line": N_("Counted by"),
    "count_help": N_(
        "Count what is on the shelf, write it in the unit shown, then key the counts back in "
        "the window (Stock, Count all materials)."
    ),
}


class Labels:
    """``labels["fitting_sheet"]``, ``labels.word("needs_repair")`` in one language."""

    def __init__(self, language: str) -> None:
        self.language = "fr" if language == "fr" else "en"

    def __getitem__(self, key: str) -> str:
        return translate(TEXTS[key], self.language)

    def pointe_spec(self, spec: PointeSpecRecord) -> str:
        """The full specification a maker needs, in this language."""
        parts = [
            self["spec"].format(
                maker=spec.maker,
                model=spec.model,
                size=local_size(spec.size, self.language),
                width=spec.width or "—",
            )
        ]
        for key, setting in (("shank", spec.shank), ("vamp", spec.vamp), ("box", spec.box)):
            if setting:
                parts.append(self[key].format(**{key: self.word(setting)}))
        if spec.maker_mark:
            parts.append(self["maker_mark"].format(mark=spec.maker_mark))
        return ", ".join(parts)

    def word(self, key: str) -> str:
        """A stored word (status, condition, style, piece type, measure) in this language."""
        if key in WORDS:
            return word(key, self.language)
        if key in BY_KEY:
            return translate(BY_KEY[key].label, self.language)
        if key == "shoe_size":
            return translate(N_("Shoe size"), self.language)
        return key.replace("_", " ")


def local_size(size: str, language: str) -> str:
    """A shoe size as the language writes it: 3,5 in French (a size such as 5½ as it is)."""
    return str(said(size_value(size), language))
