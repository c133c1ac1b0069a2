<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="61"/>
        <source>Room / rack, hoist or bin</source>
        <translation>Salle / portant, palan ou bac</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/shell/action_table.py" line="24"/>
        <source>&amp;Scan or type a tag</source>
        <translation>&amp;Scanner ou taper une étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="27"/>
        <source>Put the cursor in the tag field</source>
        <translation>Placer le curseur dans le champ étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="31"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="34"/>
        <source>New item, dancer, specification or material</source>
        <translation>Nouvel article, danseur, spécification ou fourniture</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="38"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Ouvrir la sélection</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="41"/>
        <source>Open the selected row, or the item scanned last</source>
        <translation>Ouvrir la ligne choisie, ou le dernier article scanné</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="45"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="48"/>
        <source>Filter the current list</source>
        <translation>Filtrer la liste affichée</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="52"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="55"/>
        <source>Read everything again from the inventory</source>
        <translation>Relire tout l’inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="57"/>
        <location filename="../../ui/shell/undo_menu.py" line="32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="58"/>
        <location filename="../../ui/shell/undo_menu.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="125"/>
        <source>P&amp;roductions</source>
        <translation>P&amp;roductions</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="189"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Sortie…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="192"/>
        <source>Hand the item to a dancer</source>
        <translation>Remettre l’article à un danseur</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="199"/>
        <source>Check &amp;in</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="202"/>
        <source>Take the item back into store</source>
        <translation>Reprendre l’article en réserve</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="203"/>
        <source>Check &amp;in…</source>
        <translation>&amp;Retour…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="210"/>
        <source>To &amp;cleaning</source>
        <translation>Au &amp;nettoyage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="213"/>
        <source>Send the item to cleaning (Check in brings it back)</source>
        <translation>Envoyer l’article au nettoyage (Retour le fait revenir)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="220"/>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="223"/>
        <source>Put the item somewhere else</source>
        <translation>Ranger l’article ailleurs</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="229"/>
        <source>Record &amp;alteration…</source>
        <translation>Noter une &amp;retouche…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="232"/>
        <source>Record an alteration or repair</source>
        <translation>Noter une retouche ou une réparation</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="233"/>
        <source>&amp;Alteration…</source>
        <translation>Re&amp;touche…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="239"/>
        <source>Use &amp;tulle for this tutu…</source>
        <translation>Prendre du &amp;tulle pour ce tutu…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="242"/>
        <source>Take a tutu build&apos;s net off the stock</source>
        <translation>Sortir du stock le tulle d’un tutu en fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="243"/>
        <source>T&amp;ulle…</source>
        <translation>T&amp;ulle…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="252"/>
        <source>Back from &amp;loan…</source>
        <translation>Retour de &amp;prêt…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="260"/>
        <source>Seen at the &amp;fitting</source>
        <translation>Vu à l’&amp;essayage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="263"/>
        <source>The item was tried on at a fitting: a dated line in its notes</source>
        <translation>L’article a été essayé : une ligne datée dans ses notes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="266"/>
        <source>Fitt&amp;ed</source>
        <translation>Essa&amp;yé</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="272"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="275"/>
        <source>What happened to the item or the dancer, newest first</source>
        <translation>Ce qui est arrivé à l’article ou au danseur, le plus récent d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="291"/>
        <source>Issue &amp;pointe shoes…</source>
        <translation>Remettre des &amp;pointes…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="294"/>
        <source>Give a dancer pairs from her stock</source>
        <translation>Remettre à une danseuse des paires de son stock</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="295"/>
        <source>Issue pointe shoes…</source>
        <translation>Remettre des pointes…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="303"/>
        <source>&amp;Receive delivery…</source>
        <translation>Réceptionner une &amp;livraison…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="306"/>
        <source>Add a delivery to the stock</source>
        <translation>Ajouter une livraison au stock</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="311"/>
        <source>Adjust &amp;count…</source>
        <translation>Corriger le &amp;compte…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="314"/>
        <source>Set the stock to what was counted</source>
        <translation>Mettre le stock au nombre compté</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="161"/>
        <source>&amp;Edit the dancer…</source>
        <translation>&amp;Modifier la danseuse…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="163"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="168"/>
        <source>New &amp;measurements…</source>
        <translation>Nouvelles &amp;mesures…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="171"/>
        <source>Record the dancer&apos;s measurements</source>
        <translation>Noter les mesures du danseur</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="172"/>
        <source>New measurements…</source>
        <translation>Nouvelles mesures…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="276"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="279"/>
        <source>Labels in Costumes, the dancer&apos;s fitting sheet in Dancers, the date&apos;s sheets in Calls, else the reorder list</source>
        <translation>Les étiquettes dans Costumes, la fiche d’essayage du danseur dans Danseurs, les feuilles de la date dans Convocations, sinon la liste de réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="288"/>
        <source>Fitting sheet for this &amp;dancer…</source>
        <translation>Fiche d’essayage de ce &amp;danseur…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="293"/>
        <source>Fitting sheets for a &amp;production…</source>
        <translation>Fiches d’essayage d’une &amp;production…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="298"/>
        <source>Fitting sheets of this dancer and her &amp;double…</source>
        <translation>Fiches d’essayage de ce danseur et de sa &amp;doublure…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="303"/>
        <source>A production&apos;s dou&amp;bles…</source>
        <translation>Les dou&amp;blures d’une production…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="308"/>
        <source>A production&apos;s cos&amp;tume book…</source>
        <translation>Le &amp;livre des costumes d’une production…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="313"/>
        <source>&amp;Reorder list…</source>
        <translation>Liste de &amp;réapprovisionnement…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="318"/>
        <source>&amp;Labels for the selected items…</source>
        <translation>É&amp;tiquettes des articles sélectionnés…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="243"/>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="177"/>
        <source>&amp;Erase a dancer&apos;s personal data…</source>
        <translation>&amp;Effacer les données personnelles d’un danseur…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="178"/>
        <source>On request: the selected dancer&apos;s measurements and name</source>
        <translation>Sur demande : les mesures et le nom du danseur choisi</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="248"/>
        <source>New &amp;company…</source>
        <translation>Nouvelle &amp;compagnie…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="253"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="258"/>
        <source>Re&amp;store from a backup…</source>
        <translation>Re&amp;staurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="263"/>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="278"/>
        <source>Send as a &amp;guest…</source>
        <translation>Envoyer comme artiste &amp;invité…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="279"/>
        <source>The selected dancer dances for the other company a while</source>
        <translation>Le danseur choisi danse un temps pour l’autre compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="286"/>
        <source>&amp;Swap dancers between the companies…</source>
        <translation>É&amp;changer des danseurs entre les compagnies…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="291"/>
        <source>&amp;End the guest engagement…</source>
        <translation>&amp;Terminer l’engagement d’invité…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="295"/>
        <source>&amp;Pack and print the packing list…</source>
        <translation>&amp;Préparer et imprimer la liste de colisage…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="298"/>
        <source>Scan &amp;leaving or arriving…</source>
        <translation>Scanner au &amp;départ ou à l’arrivée…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/loans.py" line="168"/>
        <source>&amp;Lend…</source>
        <translation>&amp;Prêter…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/loans.py" line="169"/>
        <source>Lend the selected items to the other company or a theatre</source>
        <translation>Prêter les articles choisis à l’autre compagnie ou à un théâtre</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="250"/>
        <source>&amp;Back from loan…</source>
        <translation>&amp;Retour de prêt…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="278"/>
        <source>&amp;Draft orders from the alerts</source>
        <translation>&amp;Préparer les commandes d’après les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="281"/>
        <source>One draft purchase order per supplier, rounded to packs</source>
        <translation>Un brouillon de commande par fournisseur, arrondi aux conditionnements</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="259"/>
        <source>S&amp;tocktake of a place…</source>
        <translation>&amp;Inventaire d’un emplacement…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="262"/>
        <source>Scan everything found in a room, rack, hoist or bin</source>
        <translation>Scanner tout ce qui se trouve dans une salle, un portant, un palan ou un bac</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="267"/>
        <source>Count &amp;all materials…</source>
        <translation>Compter &amp;toutes les fournitures…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="270"/>
        <source>Key back the counts of the paper count sheet</source>
        <translation>Saisir les comptes de la feuille de comptage papier</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="295"/>
        <source>&amp;Start or resume</source>
        <translation>&amp;Commencer ou reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="298"/>
        <source>&amp;Move here when finished</source>
        <translation>&amp;Déplacer ici à la fin</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="300"/>
        <source>The misplaced item chosen moves here at the finish</source>
        <translation>L’article mal rangé choisi vient ici à la fin</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="302"/>
        <source>&amp;Finish and print the report…</source>
        <translation>&amp;Terminer et imprimer le rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="87"/>
        <source>Use c&amp;hart…</source>
        <translation>&amp;Graphique de consommation…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="90"/>
        <source>Pairs issued a week, or tulle used a month, against the levels</source>
        <translation>Paires données par semaine, ou tulle utilisé par mois, face aux seuils</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="275"/>
        <source>&amp;Count sheet of the materials…</source>
        <translation>&amp;Feuille de comptage des fournitures…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="280"/>
        <source>Pl&amp;ace labels…</source>
        <translation>Étiquettes d’&amp;emplacement…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="61"/>
        <source>&amp;Photos in the costume list</source>
        <translation>&amp;Photos dans la liste des costumes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="64"/>
        <source>Each item&apos;s main photo, small, in a column of its own</source>
        <translation>La photo principale de chaque article, en petit, dans une colonne à part</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="268"/>
        <source>&amp;About Wardrobe</source>
        <translation>&amp;À propos de Wardrobe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="96"/>
        <source>&amp;Item</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="100"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="121"/>
        <source>&amp;Guests and loans</source>
        <translation>&amp;Invités et prêts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="153"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/shell/action_table.py" line="154"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/operations/alterations.py" line="93"/>
        <source>Mark &amp;done…</source>
        <translation>Marquer &amp;faite…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/alterations.py" line="100"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="294"/>
        <source>New &amp;part…</source>
        <translation>Nouvelle &amp;scène…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="296"/>
        <source>A part of the running order, after the one chosen</source>
        <translation>Une scène du déroulé, après celle choisie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="301"/>
        <source>&amp;Remove the part…</source>
        <translation>&amp;Retirer la scène…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="302"/>
        <source>The part of the cell chosen, with the looks worn in it</source>
        <translation>La scène de la case choisie, avec les tenues qui y sont portées</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="307"/>
        <source>New &amp;look…</source>
        <translation>Nouvelle &amp;tenue…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="309"/>
        <source>What a role wears: its pieces, how it is worn</source>
        <translation>Ce que porte un rôle : ses pièces, comment elle se porte</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="314"/>
        <source>&amp;Cast a dancer…</source>
        <translation>&amp;Distribuer un danseur…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/look_copies.py" line="89"/>
        <source>&amp;Give copies…</source>
        <translation>&amp;Attribuer des copies…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/look_copies.py" line="91"/>
        <source>The role&apos;s copies given to the dancer of the row chosen (one cast shown)</source>
        <translation>Les copies du rôle attribuées au danseur de la ligne choisie (une distribution affichée)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="320"/>
        <source>Costume plo&amp;t…</source>
        <translation>C&amp;onduite costumes…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="326"/>
        <source>Continuity &amp;book…</source>
        <translation>&amp;Bible de continuité…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="105"/>
        <source>Choose the look worn here…</source>
        <translation>Choisir la tenue portée ici…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="111"/>
        <source>Not on stage here</source>
        <translation>Pas en scène ici</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="186"/>
        <source>&amp;Edit the part…</source>
        <translation>&amp;Modifier la scène…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="188"/>
        <source>The part of the cell chosen: act, scene, title, minutes</source>
        <translation>La scène de la case choisie : acte, scène, titre, minutes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="193"/>
        <source>Edit the l&amp;ook…</source>
        <translation>Modifier la t&amp;enue…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="195"/>
        <source>The look worn in the cell chosen: its pieces</source>
        <translation>La tenue portée dans la case choisie : ses pièces</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="200"/>
        <source>P&amp;hoto of the look…</source>
        <translation>P&amp;hoto de la tenue…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="202"/>
        <source>A reference photo of the look worn in the cell chosen, dated today</source>
        <translation>Une photo de référence de la tenue portée dans la case choisie, datée d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="181"/>
        <source>Remo&amp;ve the look…</source>
        <translation>Ret&amp;irer la tenue…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="182"/>
        <source>The look worn in the cell chosen, from every part it is worn in</source>
        <translation>La tenue portée dans la case choisie, retirée de toutes les scènes où elle est portée</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="189"/>
        <source>Take o&amp;ut of the role…</source>
        <translation>Retirer du rô&amp;le…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="190"/>
        <source>The dancer of the row chosen (one cast shown), or one of the role&apos;s</source>
        <translation>La danseuse de la ligne choisie (une distribution affichée), ou l&apos;une de celles du rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="200"/>
        <source>Move the part earlier</source>
        <translation>Avancer la scène</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="206"/>
        <source>Move the part later</source>
        <translation>Reculer la scène</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="254"/>
        <source>New &amp;date…</source>
        <translation>&amp;Nouvelle date…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="256"/>
        <source>A performance, a rehearsal, a fitting or a shooting day of a production</source>
        <translation>Une représentation, une répétition, un essayage ou une journée de tournage d&apos;une production</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="263"/>
        <source>Ed&amp;it the date…</source>
        <translation>Modi&amp;fier la date…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="265"/>
        <source>When, the cast it uses, where</source>
        <translation>Quand, la distribution qu&apos;elle utilise, où</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="270"/>
        <source>Re&amp;move the date…</source>
        <translation>S&amp;upprimer la date…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="275"/>
        <source>A dancer &amp;for that day…</source>
        <translation>Un danseur pour ce &amp;jour…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="277"/>
        <source>A dancer in a role that day: in place of one called (injured), or added</source>
        <translation>Un danseur dans un rôle ce jour-là : à la place d&apos;un convoqué (blessé), ou en plus</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="284"/>
        <source>Calendar file (.ic&amp;s)…</source>
        <translation>Fichier &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="286"/>
        <source>The schedule for any calendar app, in the company&apos;s time zone</source>
        <translation>Le planning pour toute application de calendrier, dans le fuseau horaire de la compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/pulling.py" line="93"/>
        <source>Pull by sca&amp;nner…</source>
        <translation>Sortir les &amp;pièces au scanner…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/pulling.py" line="95"/>
        <source>The chosen date&apos;s pull list in walking order; each scan ticks its piece</source>
        <translation>La liste de sortie de la date choisie, dans l&apos;ordre de la réserve ; chaque scan coche sa pièce</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="168"/>
        <source>Check out the c&amp;all…</source>
        <translation>Sortir toute la con&amp;vocation…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="170"/>
        <source>Every piece of the chosen date&apos;s call checked out to its dancer at once</source>
        <translation>Chaque pièce de la convocation de la date choisie sortie d’un coup à son danseur</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="177"/>
        <source>Bac&amp;k in by scanner…</source>
        <translation>Ran&amp;ger les retours au scanner…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="179"/>
        <source>Each piece of the chosen date&apos;s call back by a scan: damaged, washed, or as it went</source>
        <translation>Chaque pièce de la convocation rentrée par un scan : abîmée, à laver, ou telle qu’elle est sortie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dressing_rooms.py" line="66"/>
        <source>Who dresses &amp;whom…</source>
        <translation>&amp;Qui habille qui…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dressing_rooms.py" line="68"/>
        <source>The production&apos;s dressers and dressing rooms, and where each quick change happens</source>
        <translation>Les habilleuses et les loges de la production, et où se fait chaque changement rapide</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="101"/>
        <source>Sheets of the chosen dat&amp;e…</source>
        <translation>Feuilles de la date &amp;choisie…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="103"/>
        <source>The chosen date&apos;s call sheet, pull list, dressing lists, tracks, presets, laundry list or exception report</source>
        <translation>La feuille de convocation de la date choisie, sa liste de sortie, les listes des loges, les parcours, les préparations, la liste de lessive ou le rapport des anomalies</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="266"/>
        <source>New &amp;build…</source>
        <translation>Nouvelle &amp;fabrication…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="268"/>
        <source>Pieces made from a pattern; its materials reserved</source>
        <translation>Des pièces faites d’après un patron ; ses fournitures réservées</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="273"/>
        <source>Stag&amp;e done…</source>
        <translation>Étap&amp;e faite…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="275"/>
        <source>A stage of the chosen build done, with its hours</source>
        <translation>Une étape de la fabrication choisie faite, avec ses heures</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="280"/>
        <source>&amp;Finish the build…</source>
        <translation>Te&amp;rminer la fabrication…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="282"/>
        <source>Its items made: tags, made for its dancers</source>
        <translation>Ses articles créés : étiquettes, faits pour ses danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="287"/>
        <source>Cancel the b&amp;uild…</source>
        <translation>&amp;Annuler la fabrication…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="289"/>
        <source>What it holds goes back to stock</source>
        <translation>Ce qu’elle retient retourne au stock</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="294"/>
        <source>&amp;Work sheet…</source>
        <translation>Fic&amp;he de travail…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="296"/>
        <source>The chosen build&apos;s work sheet, to sign stage by stage</source>
        <translation>La fiche de travail de la fabrication choisie, à signer étape par étape</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="301"/>
        <source>A production&apos;s c&amp;ost report…</source>
        <translation>Le r&amp;apport des coûts d’une production…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="303"/>
        <source>Its builds, orders charged to it and pointe shoes, against its budget</source>
        <translation>Ses fabrications, les commandes qui lui sont imputées et les pointes, face à son budget</translation>
    </message>
</context>
<context>
    <name>AddLineDialog</name>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="306"/>
        <source>Add a line to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="309"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="310"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="313"/>
        <source>&amp;Item:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="314"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="323"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="328"/>
        <source>There is nothing to add: no material or pointe shoes.</source>
        <translation>Il n’y a rien à ajouter : ni fourniture ni pointes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="331"/>
        <source>Give the quantity to order.</source>
        <translation>Indiquez la quantité à commander.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ui/text/alert_text.py" line="34"/>
        <source>{have} last {weeks} weeks at {rate} a week; {maker} takes {lead} weeks (+{margin} weeks margin)</source>
        <translation>{have} durent {weeks} semaines à {rate} par semaine ; {maker} livre en {lead} semaines (+{margin} semaines de marge)</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="42"/>
        <source>the maker</source>
        <translation>le fabricant</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="47"/>
        <source>{have}, below the minimum of {minimum}</source>
        <translation>{have}, sous le minimum de {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="51"/>
        <source>{have} on hand, below the minimum of {minimum}</source>
        <translation>{have} en stock, sous le minimum de {minimum}</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="55"/>
        <source> (the rate learned from the last 12 weeks; {entered} a week entered)</source>
        <translation> (le rythme appris des 12 dernières semaines ; {entered} par semaine saisi)</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="59"/>
        <source>; about {amount} used a month lately</source>
        <translation> ; environ {amount} utilisés par mois ces temps-ci</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="63"/>
        <source>; her use has jumped in the last 4 weeks</source>
        <translation> ; sa consommation a bondi ces 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="65"/>
        <source>; its use has jumped in the last 4 weeks</source>
        <translation> ; sa consommation a bondi ces 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="67"/>
        <source>; {amount} already on order ({numbers})</source>
        <translation> ; {amount} déjà en commande ({numbers})</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="71"/>
        <source>; {amount} already on order</source>
        <translation> ; {amount} déjà en commande</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="79"/>
        <source>covered by order {numbers}</source>
        <translation>couvert par la commande {numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="83"/>
        <source>covered by orders</source>
        <translation>couvert par les commandes</translation>
    </message>
    <message>
        <location filename="../../ui/text/alert_text.py" line="100"/>
        <source>%1’s pointe shoes</source>
        <translation>pointes de %1</translation>
    </message>
</context>
<context>
    <name>AlertsBanner</name>
    <message>
        <location filename="../../ui/sections/alerts.py" line="60"/>
        <source>Show alerts</source>
        <translation>Voir les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="61"/>
        <source>Show the low-stock alerts</source>
        <translation>Voir les alertes de stock bas</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="72"/>
        <source>Checking stock levels…</source>
        <translation>Vérification des stocks…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="78"/>
        <source>Stock levels could not be checked: %1</source>
        <translation>Les stocks n’ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="88"/>
        <source>… and %1 more in Builds.</source>
        <translation>… et %1 de plus dans Fabrications.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="107"/>
        <source>Nothing is low: every material and every dancer&apos;s pointe shoes are above their levels.</source>
        <translation>Aucun stock bas : toutes les fournitures et les pointes de chaque danseuse sont au-dessus de leur seuil.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="120"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="124"/>
        <source>&lt;b&gt;%n item(s) to order&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n article à commander&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n articles à commander&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="129"/>
        <location filename="../../ui/sections/alerts.py" line="161"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="134"/>
        <source>; %n more already covered by orders</source>
        <translation>
            <numerusform> ; %n autre déjà couvert par une commande</numerusform>
            <numerusform> ; %n autres déjà couverts par des commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="152"/>
        <source>%1 at %2 (due %3)</source>
        <translation>%1 chez %2 (à rendre le %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="162"/>
        <source>&lt;b&gt;%n loan(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n prêt en retard&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n prêts en retard&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/sections/alerts.py" line="173"/>
        <source>Low-stock alerts</source>
        <translation>Alertes de stock bas</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="193"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="194"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="195"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="196"/>
        <source>To order</source>
        <translation>À commander</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="197"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts_model.py" line="49"/>
        <location filename="../../ui/sections/alerts.py" line="198"/>
        <source>No supplier set</source>
        <translation>Sans fournisseur</translation>
    </message>
</context>
<context>
    <name>AlertsSection</name>
    <message>
        <location filename="../../ui/sections/alerts.py" line="232"/>
        <source>&amp;Draft orders from these alerts</source>
        <translation>&amp;Préparer les commandes d’après ces alertes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="237"/>
        <source>One draft purchase order per supplier, quantities rounded to packs</source>
        <translation>Un brouillon de commande par fournisseur, quantités arrondies aux conditionnements</translation>
    </message>
    <message>
        <location filename="../../ui/sections/alerts.py" line="257"/>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertes</translation>
    </message>
</context>
<context>
    <name>AlterationActions</name>
    <message>
        <location filename="../../ui/operations/alterations.py" line="34"/>
        <source>Alteration done on %1</source>
        <translation>Retouche faite sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/alterations.py" line="53"/>
        <source>Withdraw an alteration</source>
        <translation>Retirer une retouche</translation>
    </message>
    <message>
        <location filename="../../ui/operations/alterations.py" line="55"/>
        <source>Withdraw “%1” from %2? It stays in the history as withdrawn.</source>
        <translation>Retirer « %1 » de %2 ? Elle reste dans l’historique comme retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/alterations.py" line="80"/>
        <source>Alteration withdrawn from %1</source>
        <translation>Retouche retirée de %1</translation>
    </message>
</context>
<context>
    <name>AlterationDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="176"/>
        <source>Alteration or repair: %1</source>
        <translation>Retouche ou réparation : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="179"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="181"/>
        <source>What is to be done or was done</source>
        <translation>Ce qui est à faire ou a été fait</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="184"/>
        <source>(no one in particular)</source>
        <translation>(personne en particulier)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="187"/>
        <source>For dancer</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="189"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="191"/>
        <source>not done yet</source>
        <translation>pas encore fait</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="195"/>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="196"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="197"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="198"/>
        <source>&amp;For dancer</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="199"/>
        <source>Done &amp;on</source>
        <translation>Fait &amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="200"/>
        <source>Done &amp;by</source>
        <translation>Fait &amp;par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="207"/>
        <source>Say what is to be done, e.g. “Waist taken in 1 cm”.</source>
        <translation>Dites ce qui est à faire, par exemple « Taille reprise de 1 cm ».</translation>
    </message>
</context>
<context>
    <name>AlterationDoneDialog</name>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="117"/>
        <source>Alteration done: %1</source>
        <translation>Retouche faite : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="121"/>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="123"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="128"/>
        <source>e.g. tried on, fits</source>
        <translation>p. ex. essayé, va bien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="129"/>
        <source>Done &amp;by</source>
        <translation>Fait &amp;par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="130"/>
        <source>Done &amp;on</source>
        <translation>Fait &amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="131"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="138"/>
        <source>Say who did the work.</source>
        <translation>Indiquez qui a fait le travail.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/shell/application.py" line="178"/>
        <source>Cannot open the inventory</source>
        <translation>Impossible d’ouvrir l’inventaire</translation>
    </message>
</context>
<context>
    <name>BackInDialog</name>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="48"/>
        <source>Back in: %1, %2, %3</source>
        <translation>Retours : %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="57"/>
        <source>as it went out</source>
        <translation>telle qu’elle est sortie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="62"/>
        <source>What is damaged, typed before its scan</source>
        <translation>Ce qui est abîmé, tapé avant son scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="70"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="44"/>
        <source>Scan each piece as it comes back.</source>
        <translation>Scannez chaque pièce à son retour.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="67"/>
        <source>What went out, not back first</source>
        <translation>Ce qui est sorti, le non rendu d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="70"/>
        <source>Back</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="70"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="70"/>
        <source>Out with</source>
        <translation>Sorti avec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="73"/>
        <source>C&amp;lose (what is back is kept)</source>
        <translation>&amp;Fermer (les retours sont gardés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="77"/>
        <source>Condition:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="78"/>
        <source>Damage:</source>
        <translation>Dommage :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="101"/>
        <source> (damaged)</source>
        <translation> (abîmée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="103"/>
        <source> (to the laundry)</source>
        <translation> (à la lessive)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/back_in_dialog.py" line="112"/>
        <source>%1 of %2 back</source>
        <translation>%1 sur %2 rendus</translation>
    </message>
</context>
<context>
    <name>BuildActions</name>
    <message>
        <location filename="../../ui/operations/builds.py" line="43"/>
        <source>Choose a build first (Builds).</source>
        <translation>Choisissez d’abord une fabrication (Fabrications).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="45"/>
        <source>That build is no longer open.</source>
        <translation>Cette fabrication n’est plus en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="59"/>
        <source>No pattern yet: add one first (wardrobe pattern add).</source>
        <translation>Aucun patron encore : ajoutez-en un d’abord (wardrobe pattern add).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="79"/>
        <source>New build: %1</source>
        <translation>Nouvelle fabrication : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="85"/>
        <source>Not all of it is free</source>
        <translation>Tout n’est pas libre</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="121"/>
        <source>Stage done: %1</source>
        <translation>Étape faite : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="137"/>
        <location filename="../../ui/operations/builds.py" line="160"/>
        <source>Finish the build</source>
        <translation>Terminer la fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="140"/>
        <source>%1 still holds materials it has not used. Were they used for it, or do they go back to stock?</source>
        <translation>%1 retient encore des fournitures qu’elle n’a pas utilisées. Ont-elles servi, ou retournent-elles au stock ?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="148"/>
        <source>&amp;Used</source>
        <translation>&amp;Utilisées</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="149"/>
        <source>Back to &amp;stock</source>
        <translation>Au &amp;stock</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="162"/>
        <source>Finish %1 and make its %2 item(s)?</source>
        <translation>Terminer %1 et créer ses %2 article(s) ?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="174"/>
        <source>%1 finished: %2</source>
        <translation>%1 terminée : %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="186"/>
        <source>Cancel the build</source>
        <translation>Annuler la fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="189"/>
        <source>Cancel %1? What it holds goes back to stock; what it used stays used.</source>
        <translation>Annuler %1 ? Ce qu’elle retient retourne au stock ; ce qu’elle a utilisé reste utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="199"/>
        <source>%1 cancelled</source>
        <translation>%1 annulée</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="220"/>
        <source>Print a work sheet</source>
        <translation>Imprimer une fiche de travail</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="221"/>
        <source>The work sheet of %1.</source>
        <translation>La fiche de travail de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="246"/>
        <source>Print a production&apos;s cost report</source>
        <translation>Imprimer le rapport des coûts d’une production</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="248"/>
        <source>Its builds, the orders charged to it and its cast&apos;s pointe shoes, against its budget.</source>
        <translation>Ses fabrications, les commandes qui lui sont imputées et les pointes de sa distribution, face à son budget.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/builds.py" line="255"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
</context>
<context>
    <name>BuildsSection</name>
    <message>
        <location filename="../../ui/sections/builds.py" line="58"/>
        <source>The builds, soonest due first</source>
        <translation>Les fabrications, la plus proche échéance d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="62"/>
        <source>Build</source>
        <translation>Fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="63"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="64"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="65"/>
        <location filename="../../ui/sections/builds.py" line="209"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="66"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="74"/>
        <source>The build chosen</source>
        <translation>La fabrication choisie</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="75"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="75"/>
        <source>Standard</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="75"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="78"/>
        <source>Each maker&apos;s hours a week</source>
        <translation>Les heures par semaine de chaque couturière</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="82"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="83"/>
        <source>Maker</source>
        <translation>Couturière</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="84"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="85"/>
        <source>Can work</source>
        <translation>Peut travailler</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="86"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="103"/>
        <source>The build</source>
        <translation>La fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="104"/>
        <source>The calendar</source>
        <translation>Le calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="116"/>
        <source>&amp;Builds</source>
        <translation>Fa&amp;brications</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="149"/>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="150"/>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="151"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="171"/>
        <source>Every build can be ready in time.</source>
        <translation>Chaque fabrication peut être prête à temps.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="178"/>
        <source>the workroom</source>
        <translation>l’atelier</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="195"/>
        <source>No build yet: New build makes one from a pattern.</source>
        <translation>Aucune fabrication encore : Nouvelle fabrication en crée une d’après un patron.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="203"/>
        <source>%1, due %2</source>
        <translation>%1, échéance %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="205"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="206"/>
        <source>for no one</source>
        <translation>pour personne</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="216"/>
        <source> (fitting)</source>
        <translation> (essayage)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="221"/>
        <source>Materials</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <location filename="../../ui/sections/builds.py" line="229"/>
        <source>%1 held, %2 used</source>
        <translation>%1 retenu, %2 utilisé</translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="22"/>
        <source>%n piece(s) at cleaning</source>
        <translation>
            <numerusform>%n pièce au nettoyage</numerusform>
            <numerusform>%n pièces au nettoyage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="23"/>
        <source>%n in alteration</source>
        <translation>
            <numerusform>%n en retouche</numerusform>
            <numerusform>%n en retouche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="24"/>
        <source>%n out with someone else</source>
        <translation>
            <numerusform>%n sortie avec quelqu&apos;un d&apos;autre</numerusform>
            <numerusform>%n sorties avec quelqu&apos;un d&apos;autre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="25"/>
        <source>%n lent</source>
        <translation>
            <numerusform>%n prêtée</numerusform>
            <numerusform>%n prêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="26"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="27"/>
        <source>%n retired</source>
        <translation>
            <numerusform>%n réformée</numerusform>
            <numerusform>%n réformées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="28"/>
        <source>%n still to make</source>
        <translation>
            <numerusform>%n encore à fabriquer</numerusform>
            <numerusform>%n encore à fabriquer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="29"/>
        <source>%n copy(ies) to give</source>
        <translation>
            <numerusform>%n copie à attribuer</numerusform>
            <numerusform>%n copies à attribuer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="30"/>
        <source>%n twin(s) missing</source>
        <translation>
            <numerusform>%n jumeau manquant</numerusform>
            <numerusform>%n jumeaux manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="31"/>
        <source>%n without pointe shoes in stock</source>
        <translation>
            <numerusform>%n sans pointes en stock</numerusform>
            <numerusform>%n sans pointes en stock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/call_text.py" line="40"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/text/call_text.py" line="42"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../ui/text/call_text.py" line="48"/>
        <source>%1, %2 (%3, %4)</source>
        <translation>%1, %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="54"/>
        <source>%n dancer(s)</source>
        <translation>
            <numerusform>%n danseur</numerusform>
            <numerusform>%n danseurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/call_text.py" line="57"/>
        <source>everything ready</source>
        <translation>tout est prêt</translation>
    </message>
    <message>
        <location filename="../../ui/text/call_text.py" line="58"/>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>CallsSection</name>
    <message>
        <location filename="../../ui/sections/calls.py" line="83"/>
        <source>The schedule</source>
        <translation>Le planning</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="86"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="86"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="86"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="86"/>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="96"/>
        <source>Who is called</source>
        <translation>Qui est convoqué</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="97"/>
        <source>Called</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="97"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="97"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="101"/>
        <source>What is not ready</source>
        <translation>Ce qui n&apos;est pas prêt</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="122"/>
        <source>The call</source>
        <translation>La convocation</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="123"/>
        <source>Dressing</source>
        <translation>Habillage</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="124"/>
        <source>Back in</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="138"/>
        <source>Ca&amp;lls</source>
        <translation>Con&amp;vocations</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="167"/>
        <source>cast %1</source>
        <translation>distribution %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="221"/>
        <source>Choose a date of the schedule, or add one (New date).</source>
        <translation>Choisissez une date du planning, ou ajoutez-en une (Nouvelle date).</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="228"/>
        <source>%1, %2, %3 (%4)</source>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="235"/>
        <source>%1 dancer(s) called, %2 piece(s) to pull, %3 not ready</source>
        <translation>%1 danseur(s) convoqué(s), %2 pièce(s) à sortir, %3 pas prête(s)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="244"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="246"/>
        <source>double of %1</source>
        <translation>doublure de %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="256"/>
        <source>pointe shoes: %1 pair(s), %2 in stock</source>
        <translation>pointes : %1 paire(s), %2 en stock</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="271"/>
        <source>Everything is ready.</source>
        <translation>Tout est prêt.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/calls.py" line="273"/>
        <source>Not ready (Enter opens the item):</source>
        <translation>Pas prêt (Entrée ouvre l&apos;article) :</translation>
    </message>
</context>
<context>
    <name>CastChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="149"/>
        <source>The cast of %1, %2</source>
        <translation>La distribution de %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="154"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="155"/>
        <source>In place of</source>
        <translation>À la place de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="156"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="157"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="158"/>
        <source>In &amp;place of</source>
        <translation>À la &amp;place de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="159"/>
        <source>&amp;Dancer</source>
        <translation>&amp;Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="169"/>
        <source>— no one: as well as the cast —</source>
        <translation>— personne : en plus de la distribution —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="174"/>
        <source>Choose the role.</source>
        <translation>Choisissez le rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="176"/>
        <source>Choose the dancer who dances it that day.</source>
        <translation>Choisissez le danseur qui le danse ce jour-là.</translation>
    </message>
</context>
<context>
    <name>CastDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="134"/>
        <source>Cast a dancer</source>
        <translation>Distribuer un danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="136"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="137"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="140"/>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="141"/>
        <source>An &amp;alternate of that cast</source>
        <translation>Un(e) &amp;remplaçant(e) de cette distribution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="142"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="143"/>
        <source>&amp;Dancer</source>
        <translation>&amp;Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="144"/>
        <source>&amp;Cast</source>
        <translation>Dis&amp;tribution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="150"/>
        <source>Choose the role.</source>
        <translation>Choisissez le rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="152"/>
        <source>Choose the dancer.</source>
        <translation>Choisissez la danseuse.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <location filename="../../ui/operations/charts.py" line="38"/>
        <source>Choose a material, a pointe specification or a dancer with pointe shoes.</source>
        <translation>Choisissez une fourniture, une fiche de pointes ou une danseuse qui a des pointes.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="51"/>
        <source>Pointe shoes of %1</source>
        <translation>Pointes de %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/charts.py" line="61"/>
        <source>Use of %1</source>
        <translation>Consommation de %1</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="65"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="75"/>
        <source>Pairs issued each week</source>
        <translation>Paires données chaque semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="81"/>
        <source>pairs</source>
        <translation>paires</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="82"/>
        <source>Weeks her pairs on hand last, at the week&apos;s end</source>
        <translation>Semaines que durent ses paires en stock, en fin de semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="99"/>
        <source>lead time %1 weeks</source>
        <translation>délai %1 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="109"/>
        <source>with the margin, %1 weeks</source>
        <translation>avec la marge, %1 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="113"/>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="118"/>
        <source>learned from the last 12 weeks</source>
        <translation>appris des 12 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="120"/>
        <source>as entered</source>
        <translation>tel que saisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="125"/>
        <source>%1: weeks left counted at %2 pairs a week (%3); below the red line, a new order would come too late.</source>
        <translation>%1 : semaines restantes comptées à %2 paires par semaine (%3) ; sous la ligne rouge, une nouvelle commande arriverait trop tard.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="146"/>
        <source>Used each month (%1)</source>
        <translation>Utilisé chaque mois (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="150"/>
        <source>On hand at each month&apos;s end (%1)</source>
        <translation>En stock à chaque fin de mois (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="166"/>
        <source>reorder point %1</source>
        <translation>seuil de commande %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/chart_dialog.py" line="172"/>
        <source>%1: below the red line, the alerts ask for an order.</source>
        <translation>%1 : sous la ligne rouge, les alertes demandent une commande.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="119"/>
        <source>Check in %1</source>
        <translation>Retour de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="122"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="126"/>
        <source>Goes to</source>
        <translation>Va à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="124"/>
        <source>&amp;Condition</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="126"/>
        <source>&amp;Goes to</source>
        <translation>&amp;Va à</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="89"/>
        <source>Check out %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="93"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="95"/>
        <source>&amp;Dancer</source>
        <translation>&amp;Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="104"/>
        <source>Choose the dancer who takes the item.</source>
        <translation>Choisissez le danseur qui prend l’article.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/columns.py" line="19"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="20"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="24"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="25"/>
        <location filename="../../ui/models/columns.py" line="57"/>
        <location filename="../../ui/models/columns.py" line="112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="26"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="28"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="33"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="34"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="35"/>
        <location filename="../../ui/models/columns.py" line="114"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="36"/>
        <source>Size / made for</source>
        <translation>Taille / fait pour</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="37"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="38"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="39"/>
        <location filename="../../ui/models/columns.py" line="188"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="40"/>
        <source>Out to</source>
        <translation>Sorti chez</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="41"/>
        <location filename="../../ui/models/columns.py" line="59"/>
        <location filename="../../ui/models/columns.py" line="108"/>
        <location filename="../../ui/models/columns.py" line="152"/>
        <location filename="../../ui/models/columns.py" line="211"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="43"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="58"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="61"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="65"/>
        <source>Double of</source>
        <translation>Double de</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="75"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="76"/>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="78"/>
        <source>Pairs on hand</source>
        <translation>Paires en stock</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="84"/>
        <location filename="../../ui/models/columns.py" line="140"/>
        <source>On order</source>
        <translation>En commande</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="90"/>
        <source>Pairs a week</source>
        <translation>Paires par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="96"/>
        <source>Weeks left</source>
        <translation>Semaines restantes</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="102"/>
        <source>Lead time (weeks)</source>
        <translation>Délai (semaines)</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="107"/>
        <location filename="../../ui/models/columns.py" line="151"/>
        <location filename="../../ui/models/columns.py" line="187"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="113"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="116"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="122"/>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="128"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="134"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="146"/>
        <source>Used a month</source>
        <translation>Utilisé par mois</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="186"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="190"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="196"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="202"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/models/columns.py" line="207"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="21"/>
        <source>New company</source>
        <translation>Nouvelle compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="24"/>
        <source>e.g. Le Ballet National</source>
        <translation>ex. Le Ballet National</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="25"/>
        <source>Tag code</source>
        <translation>Code des étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="27"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="29"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="33"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="35"/>
        <source>metric (cm, m)</source>
        <translation>métriques (cm, m)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="36"/>
        <source>imperial (inches, yards)</source>
        <translation>impériales (pouces, yards)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="40"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="43"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="44"/>
        <source>Printed on purchase orders, several lines</source>
        <translation>Imprimée sur les bons de commande, sur plusieurs lignes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="48"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="49"/>
        <source>&amp;Tag code</source>
        <translation>&amp;Code des étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="50"/>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="51"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="52"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="53"/>
        <source>Cu&amp;rrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="54"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="60"/>
        <source>Give the company&apos;s name.</source>
        <translation>Indiquez le nom de la compagnie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="65"/>
        <source>The tag code is 1 to 8 letters or digits; tags start with it, e.g. BN-000001.</source>
        <translation>Le code des étiquettes compte 1 à 8 lettres ou chiffres ; les étiquettes commencent par lui, par exemple BN-000001.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="69"/>
        <source>Give the company&apos;s city.</source>
        <translation>Indiquez la ville de la compagnie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/company_dialog.py" line="73"/>
        <source>The currency is a three-letter code, e.g. EUR or USD.</source>
        <translation>La devise est un code de trois lettres, par exemple EUR ou USD.</translation>
    </message>
</context>
<context>
    <name>CostumeActions</name>
    <message>
        <location filename="../../ui/operations/circulation.py" line="49"/>
        <source>Choose an item first: scan its tag or select it in Costumes.</source>
        <translation>Choisissez d’abord un article : scannez son étiquette ou sélectionnez-le dans Costumes.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/item_window.py" line="56"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/item_window.py" line="82"/>
        <source>Set up a company first (File › New company).</source>
        <translation>Créez d’abord une compagnie (Fichier › Nouvelle compagnie).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/item_window.py" line="110"/>
        <source>Log the twin</source>
        <translation>Enregistrer la jumelle</translation>
    </message>
    <message>
        <location filename="../../ui/operations/item_window.py" line="113"/>
        <source>%1 has a double: %2. Log the twin of %3 for %2 too (the same piece, production, role and colour, with its own tag)?</source>
        <translation>%1 a une doublure : %2. Enregistrer aussi la jumelle de %3 pour %2 (même pièce, production, rôle et couleur, avec sa propre étiquette) ?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/item_window.py" line="136"/>
        <source>Twin logged: %1 for %2.</source>
        <translation>Jumelle enregistrée : %1 pour %2.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/circulation.py" line="67"/>
        <source>Check out %1 to %2</source>
        <translation>Sortie de %1 pour %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/circulation.py" line="90"/>
        <source>%1 is already in store.</source>
        <translation>%1 est déjà en réserve.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/circulation.py" line="101"/>
        <source>Check in %1</source>
        <translation>Retour de %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/circulation.py" line="125"/>
        <source>%1 to cleaning</source>
        <translation>%1 au nettoyage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/circulation.py" line="145"/>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="63"/>
        <source>Alteration on %1</source>
        <translation>Retouche sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="83"/>
        <source>%1 is not a tutu.</source>
        <translation>%1 n’est pas un tutu.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="100"/>
        <source>Tulle for %1: %2</source>
        <translation>Tulle pour %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/items.py" line="146"/>
        <source>%1 seen at the fitting</source>
        <translation>%1 vu à l’essayage</translation>
    </message>
</context>
<context>
    <name>CostumesSection</name>
    <message>
        <location filename="../../ui/sections/costumes.py" line="37"/>
        <source>Filter: type any part of a tag, name, production, role or colour</source>
        <translation>Filtrer : tapez une partie d’étiquette, de nom, de production, de rôle ou de couleur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/costumes.py" line="83"/>
        <source>&amp;Costumes</source>
        <translation>&amp;Costumes</translation>
    </message>
</context>
<context>
    <name>CountActions</name>
    <message>
        <location filename="../../ui/operations/counts.py" line="93"/>
        <source>Finish the stocktake</source>
        <translation>Terminer l’inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="96"/>
        <source>Finish the count of %1? %2 item(s) not scanned will be marked missing, %3 misplaced item(s) move here; the others stay where they are recorded.</source>
        <translation>Terminer le comptage de %1 ? %2 article(s) non scanné(s) seront marqués manquants, %3 article(s) mal rangé(s) viennent ici ; les autres restent où ils sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="114"/>
        <source>Stocktake of %1 finished.</source>
        <translation>Inventaire de %1 terminé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="117"/>
        <source>%1 found, %2 missing, %3 misplaced, %4 unknown.</source>
        <translation>%1 trouvé(s), %2 manquant(s), %3 mal rangé(s), %4 inconnu(s).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="138"/>
        <source>Print the stocktake report</source>
        <translation>Imprimer le rapport d’inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="139"/>
        <source>The report of the count of %1.</source>
        <translation>Le rapport du comptage de %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/counts.py" line="174"/>
        <source>%n count(s) taken, %1 adjusted in the ledger.</source>
        <translation>
            <numerusform>%n compte pris, %1 ajusté(s) dans le registre.</numerusform>
            <numerusform>%n comptes pris, %1 ajusté(s) dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="195"/>
        <source>Print the count sheet</source>
        <translation>Imprimer la feuille de comptage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="197"/>
        <source>The materials of %1, to count on paper.</source>
        <translation>Les fournitures de %1, à compter sur papier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/counts.py" line="213"/>
        <source>Every place (%n)</source>
        <translation>
            <numerusform>Tous les emplacements (%n)</numerusform>
            <numerusform>Tous les emplacements (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="226"/>
        <source>Print place labels</source>
        <translation>Imprimer des étiquettes d’emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="229"/>
        <source>Labels for the rooms, racks, hoists and bins of %1: scanned at the desk, a place label starts putting items away there.</source>
        <translation>Étiquettes des salles, portants, palans et bacs de %1 : scannée au bureau, une étiquette d’emplacement commence le rangement à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/counts.py" line="238"/>
        <source>&amp;Places:</source>
        <translation>&amp;Emplacements :</translation>
    </message>
</context>
<context>
    <name>CountMaterialsDialog</name>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="284"/>
        <source>Count the materials</source>
        <translation>Compter les fournitures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="289"/>
        <source>Type what the count sheet says for each material counted; leave the others empty. Each difference is written to the ledger with the reason.</source>
        <translation>Saisissez ce que dit la feuille de comptage pour chaque fourniture comptée ; laissez les autres vides. Chaque écart est écrit au registre avec le motif.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="300"/>
        <source>Material</source>
        <translation>Fourniture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="301"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="302"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="303"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="304"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="324"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="324"/>
        <source>stocktake</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="325"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="360"/>
        <source>Type at least one count.</source>
        <translation>Saisissez au moins un compte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="363"/>
        <source>Give the reason written in the ledger.</source>
        <translation>Donnez le motif écrit au registre.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="28"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="33"/>
        <source>The app met an error it did not expect. Your data is as it was before this action. Please copy the details below and send them to whoever looks after the app; you can go on working.</source>
        <translation>L’application a rencontré une erreur imprévue. Vos données sont telles qu’avant cette action. Copiez les détails ci-dessous et envoyez-les à la personne qui s’occupe de l’application ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="42"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="45"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>DancerActions</name>
    <message>
        <location filename="../../ui/operations/dancers.py" line="49"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="56"/>
        <location filename="../../ui/operations/dancers.py" line="66"/>
        <location filename="../../ui/operations/dancers.py" line="81"/>
        <source>Choose a dancer first.</source>
        <translation>Choisissez d’abord un danseur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="87"/>
        <location filename="../../ui/operations/dancers.py" line="100"/>
        <source>Erase a dancer&apos;s personal data</source>
        <translation>Effacer les données personnelles d’un danseur</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="90"/>
        <source>Erase the personal data of %1: her measurements, and her name everywhere in the history? Costumes and stock are kept. A backup is made first.</source>
        <translation>Effacer les données personnelles de %1 : ses mesures, et son nom partout dans l’historique ? Les costumes et le stock sont conservés. Une sauvegarde est faite d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="102"/>
        <source>This cannot be undone. Type her name (%1) to confirm:</source>
        <translation>Cela ne peut pas être annulé. Tapez son nom (%1) pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="107"/>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="129"/>
        <source>Personal data erased.</source>
        <translation>Données personnelles effacées.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="136"/>
        <source>Her name is still written here</source>
        <translation>Son nom est encore écrit ici</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dancers.py" line="137"/>
        <source>Review these texts, which still name her:</source>
        <translation>Relisez ces textes, qui la nomment encore :</translation>
    </message>
</context>
<context>
    <name>DancerDialog</name>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="39"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="39"/>
        <source>New dancer</source>
        <translation>Nouveau danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="46"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="53"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="60"/>
        <source>Dances with the company now</source>
        <translation>Danse actuellement dans la compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="62"/>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="82"/>
        <source>(no one)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="65"/>
        <source>Double of</source>
        <translation>Double de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="67"/>
        <source>a dancer, or an actor’s name</source>
        <translation>un danseur, ou le nom d’un comédien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="68"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="69"/>
        <source>&amp;Company</source>
        <translation>&amp;Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="70"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="71"/>
        <source>&amp;Rank</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="73"/>
        <source>&amp;Double of</source>
        <translation>&amp;Double de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="74"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="80"/>
        <source>Give the dancer’s name.</source>
        <translation>Indiquez le nom du danseur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="85"/>
        <source>A dancer cannot be their own double.</source>
        <translation>Un danseur ne peut pas être son propre double.</translation>
    </message>
</context>
<context>
    <name>DancerView</name>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="52"/>
        <source>Measurements, latest first</source>
        <translation>Mesures, les plus récentes d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="58"/>
        <source>Roles, costumes and pointe shoes</source>
        <translation>Rôles, costumes et pointes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="83"/>
        <source>&lt;i&gt;Choose a dancer in the list.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un danseur dans la liste.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="92"/>
        <source>double of %1</source>
        <translation>double de %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="94"/>
        <source>doubled by %1</source>
        <translation>doublée par %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="96"/>
        <source>no longer dancing</source>
        <translation>ne danse plus</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="114"/>
        <source>Now</source>
        <translation>Actuelles</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="117"/>
        <source>Shoe size</source>
        <translation>Pointure</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="132"/>
        <source>No measurements yet</source>
        <translation>Pas encore de mesures</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="150"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="151"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="161"/>
        <source>%1 pairs on hand</source>
        <translation>%1 paires en stock</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="164"/>
        <source>%1 weeks left at %2 a week</source>
        <translation>encore %1 semaines à %2 par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="170"/>
        <source>(learned from the last 12 weeks; %1 entered)</source>
        <translation>(appris des 12 dernières semaines ; %1 saisi)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="175"/>
        <source>use has jumped: %1 a week lately</source>
        <translation>la consommation a bondi : %1 par semaine ces derniers temps</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="179"/>
        <source>%1 on order</source>
        <translation>%1 en commande</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="180"/>
        <source>lead time %1 weeks</source>
        <translation>délai %1 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="182"/>
        <source>Pointe shoes</source>
        <translation>Pointes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="192"/>
        <source>Costumes</source>
        <translation>Costumes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="197"/>
        <source>Open alterations</source>
        <translation>Retouches en cours</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="199"/>
        <source>Fitting notes</source>
        <translation>Notes d’essayage</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancer_view.py" line="200"/>
        <source>No roles, costumes or pointe shoes yet.</source>
        <translation>Pas encore de rôles, de costumes ni de pointes.</translation>
    </message>
</context>
<context>
    <name>DancersSection</name>
    <message>
        <location filename="../../ui/sections/dancers.py" line="33"/>
        <source>Filter: name, rank or company</source>
        <translation>Filtrer : nom, grade ou compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dancers.py" line="51"/>
        <source>&amp;Dancers</source>
        <translation>&amp;Danseurs</translation>
    </message>
</context>
<context>
    <name>DialogHost</name>
    <message>
        <location filename="../../ui/shell/dialog_host.py" line="67"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>DressingDialog</name>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="59"/>
        <source>Who dresses whom: %1</source>
        <translation>Qui habille qui : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="61"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="68"/>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="69"/>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="89"/>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="103"/>
        <source>Dresser</source>
        <translation>Habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="69"/>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="89"/>
        <source>Dressing room</source>
        <translation>Loge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="72"/>
        <source>Add a &amp;dresser</source>
        <translation>Ajouter une &amp;habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="72"/>
        <source>Remove the dresser</source>
        <translation>Retirer l’habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="73"/>
        <source>Add a &amp;room</source>
        <translation>Ajouter une &amp;loge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="73"/>
        <source>Remove the room</source>
        <translation>Retirer la loge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="86"/>
        <source>Dressers and rooms</source>
        <translation>Habilleuses et loges</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="89"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="91"/>
        <source>Dancers</source>
        <translation>Danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="98"/>
        <source>A change of look is quick under </source>
        <translation>Un changement de tenue est rapide sous </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="99"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="103"/>
        <source>Quick change into</source>
        <translation>Changement rapide pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="103"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="103"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="108"/>
        <source>Quick changes</source>
        <translation>Changements rapides</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="138"/>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="183"/>
        <source>her own dresser</source>
        <translation>son habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="184"/>
        <source>her room&apos;s dresser</source>
        <translation>l’habilleuse de sa loge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="185"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="209"/>
        <source>Each dresser needs a name.</source>
        <translation>Chaque habilleuse doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dressing_dialog.py" line="211"/>
        <source>Each dressing room needs a name.</source>
        <translation>Chaque loge doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>DressingView</name>
    <message>
        <location filename="../../ui/sections/day_views.py" line="41"/>
        <source>Dressing rooms</source>
        <translation>Loges</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="43"/>
        <source>Room or dancer</source>
        <translation>Loge ou danseur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="43"/>
        <location filename="../../ui/sections/day_views.py" line="57"/>
        <source>Dresser</source>
        <translation>Habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="43"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="49"/>
        <source>Quick changes, in show order</source>
        <translation>Changements rapides, dans l’ordre du spectacle</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="53"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="54"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="55"/>
        <source>Into</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="56"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="58"/>
        <source>Comes off</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="59"/>
        <source>Goes on</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="83"/>
        <source>No dressing room</source>
        <translation>Sans loge</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="97"/>
        <source>Quick changes (fewer than %1 minutes between two looks): %2</source>
        <translation>Changements rapides (moins de %1 minutes entre deux tenues) : %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="110"/>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="111"/>
        <source>no dresser</source>
        <translation>sans habilleuse</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="119"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EditLookDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="256"/>
        <source>Look %1 of %2</source>
        <translation>Tenue %1 de %2</translation>
    </message>
</context>
<context>
    <name>EditPartDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="235"/>
        <source>Part %1 of %2</source>
        <translation>Scène %1 de %2</translation>
    </message>
</context>
<context>
    <name>EngageDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="79"/>
        <source>Send %1 as a guest</source>
        <translation>Envoyer %1 comme artiste invité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="84"/>
        <source>%1 stays a dancer of %2 and dances for the host meanwhile.</source>
        <translation>%1 reste danseur de %2 et danse pour la compagnie d’accueil pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="91"/>
        <source>Host company</source>
        <translation>Compagnie d’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="94"/>
        <source>&amp;Host company</source>
        <translation>&amp;Compagnie d’accueil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="96"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="97"/>
        <source>&amp;From</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="98"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="98"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="103"/>
        <source>Pointe pairs taken along</source>
        <translation>Paires de pointes emportées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="104"/>
        <source>&amp;Pointe pairs taken along</source>
        <translation>Paires de p&amp;ointes emportées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="109"/>
        <source>Choose the host company.</source>
        <translation>Choisissez la compagnie d’accueil.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="112"/>
        <source>The end comes before the start.</source>
        <translation>La fin vient avant le début.</translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message>
        <location filename="../../ui/operations/guests.py" line="44"/>
        <source>Choose a dancer first.</source>
        <translation>Choisissez d’abord un danseur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="56"/>
        <source>%1 is already a guest at %2.</source>
        <translation>%1 est déjà artiste invité à %2.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="75"/>
        <source>%1 dances for %2 from %3.</source>
        <translation>%1 danse pour %2 à partir du %3.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="96"/>
        <source>A swap needs two companies.</source>
        <translation>Un échange demande deux compagnies.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/guests.py" line="106"/>
        <source>%n dancer(s) exchanged: pack their costumes next.</source>
        <translation>
            <numerusform>%n danseur échangé : emballez ses costumes ensuite.</numerusform>
            <numerusform>%n danseurs échangés : emballez leurs costumes ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="136"/>
        <source>%1 is not a guest anywhere.</source>
        <translation>%1 n’est artiste invité nulle part.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="143"/>
        <source>End the guest engagement</source>
        <translation>Terminer l’engagement d’invité</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="146"/>
        <source>Bring %1 home from %2 today? The pointe shoes come back to %3; the items lent alongside stay on loan until each is scanned back.</source>
        <translation>Ramener %1 de %2 aujourd’hui ? Les pointes reviennent à %3 ; les articles prêtés avec restent prêtés jusqu’à ce que chacun soit scanné au retour.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="171"/>
        <source>%1 is back at %2.</source>
        <translation>%1 est de retour à %2.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="180"/>
        <source>What must return</source>
        <translation>Ce qui doit revenir</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="182"/>
        <source>%1 is back at %2. Still to return:</source>
        <translation>%1 est de retour à %2. Reste à rendre :</translation>
    </message>
    <message>
        <location filename="../../ui/operations/guests.py" line="233"/>
        <source>Print the packing list</source>
        <translation>Imprimer la liste de colisage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/guests.py" line="235"/>
        <source>What travels with %1: %n item(s).</source>
        <translation>
            <numerusform>Ce qui voyage avec %1 : %n article.</numerusform>
            <numerusform>Ce qui voyage avec %1 : %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/loans.py" line="37"/>
        <source>Choose the items first: scan their tags or select them.</source>
        <translation>Choisissez d’abord les articles : scannez leurs étiquettes ou sélectionnez-les.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="60"/>
        <source>%n item(s) lent to %1.</source>
        <translation>
            <numerusform>%n article prêté à %1.</numerusform>
            <numerusform>%n articles prêtés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/loans.py" line="110"/>
        <source>Print the loan agreement</source>
        <translation>Imprimer la convention de prêt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="112"/>
        <source>The agreement to sign: %n item(s), their values and condition.</source>
        <translation>
            <numerusform>La convention à signer : %n article, sa valeur et son état.</numerusform>
            <numerusform>La convention à signer : %n articles, leurs valeurs et leur état.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/loans.py" line="128"/>
        <source>None of the chosen items is on loan.</source>
        <translation>Aucun des articles choisis n’est prêté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="147"/>
        <source>%n item(s) back from loan.</source>
        <translation>
            <numerusform>%n article revenu de prêt.</numerusform>
            <numerusform>%n articles revenus de prêt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementDialogs</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="55"/>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="40"/>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="44"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="48"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="50"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="56"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="61"/>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="62"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="62"/>
        <source>e.g. Palais Garnier</source>
        <translation>par ex. Palais Garnier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="68"/>
        <source>Called before her first entrance</source>
        <translation>Convoquée avant sa première entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="69"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="70"/>
        <source>&amp;Production</source>
        <translation>&amp;Production</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="71"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="72"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="73"/>
        <source>&amp;Ends at</source>
        <translation>&amp;Fin à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="74"/>
        <source>&amp;Cast</source>
        <translation>Dis&amp;tribution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="75"/>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="76"/>
        <source>Called &amp;before her entrance</source>
        <translation>Convoquée &amp;avant son entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="77"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialogs.py" line="88"/>
        <source>Choose the production.</source>
        <translation>Choisissez la production.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/operations/files.py" line="40"/>
        <source>An empty inventory</source>
        <translation>Un inventaire vide</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="42"/>
        <source>This inventory holds no company yet. Set up yours, or fill it with the demo of two companies to try the app?</source>
        <translation>Cet inventaire ne contient encore aucune compagnie. Créer la vôtre, ou le remplir avec la démonstration de deux compagnies pour essayer l’application ?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="51"/>
        <source>Set up my company…</source>
        <translation>Créer ma compagnie…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="55"/>
        <source>Fill with the demo</source>
        <translation>Remplir avec la démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="81"/>
        <source>The inventory is %1.</source>
        <translation>L’inventaire est %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="86"/>
        <source>Its backups go to %1.</source>
        <translation>Ses sauvegardes vont dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="99"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>Importé : %1 créés, %2 mis à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="118"/>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="139"/>
        <source>Back up the inventory</source>
        <translation>Sauvegarder l’inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="141"/>
        <location filename="../../ui/operations/files.py" line="167"/>
        <source>Wardrobe inventories (*.db)</source>
        <translation>Inventaires Wardrobe (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="149"/>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="165"/>
        <location filename="../../ui/operations/files.py" line="178"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="181"/>
        <source>Replace the whole inventory by the backup %1? The present inventory is kept aside, not deleted.</source>
        <translation>Remplacer tout l’inventaire par la sauvegarde %1 ? L’inventaire actuel est mis de côté, pas supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="195"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="196"/>
        <source>The name the history and the stock ledger give your changes:</source>
        <translation>Le nom que l’historique et le registre de stock donnent à vos modifications :</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="214"/>
        <source>About Wardrobe</source>
        <translation>À propos de Wardrobe</translation>
    </message>
    <message>
        <location filename="../../ui/operations/files.py" line="217"/>
        <source>&lt;b&gt;Wardrobe %1&lt;/b&gt;&lt;br&gt;Costume and wardrobe inventory for ballet companies: costumes, tutus, pointe shoes and tulle.&lt;br&gt;&lt;br&gt;Inventory schema %2 · Qt %3 · Python %4&lt;br&gt;Inventory: %5</source>
        <translation>&lt;b&gt;Wardrobe %1&lt;/b&gt;&lt;br&gt;Inventaire des costumes et de la garde-robe des compagnies de ballet : costumes, tutus, pointes et tulle.&lt;br&gt;&lt;br&gt;Schéma de l’inventaire %2 · Qt %3 · Python %4&lt;br&gt;Inventaire : %5</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/forms.py" line="63"/>
        <source>Problem with the input</source>
        <translation>Problème de saisie</translation>
    </message>
</context>
<context>
    <name>GiveCopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="178"/>
        <source>Copies for %1</source>
        <translation>Copies pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="180"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="185"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="195"/>
        <source>What the check would find</source>
        <translation>Ce que la vérification trouverait</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="213"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="216"/>
        <source>Careful, with these copies:</source>
        <translation>Attention, avec ces copies :</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="38"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="40"/>
        <source>What happened, newest first</source>
        <translation>Ce qui est arrivé, le plus récent d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="42"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="42"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="42"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history_dialog.py" line="60"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d’enregistré pour l’instant.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../ui/text/history_text.py" line="23"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="24"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="25"/>
        <source>piece type</source>
        <translation>type de pièce</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="26"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="27"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="28"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="29"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="30"/>
        <source>made for</source>
        <translation>fait pour</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="31"/>
        <source>replacement value</source>
        <translation>valeur de remplacement</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="32"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="33"/>
        <source>tutu style</source>
        <translation>style de tutu</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="34"/>
        <source>net layers</source>
        <translation>couches de tulle</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="35"/>
        <source>hoop layer</source>
        <translation>couche du cerceau</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="36"/>
        <source>net colour</source>
        <translation>couleur du tulle</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="37"/>
        <source>net type</source>
        <translation>type de tulle</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="38"/>
        <source>basque</source>
        <translation>basque</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="39"/>
        <source>rank</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="40"/>
        <source>dancing now</source>
        <translation>danse actuellement</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="41"/>
        <source>double of</source>
        <translation>double de</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="44"/>
        <source>stocktake</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="45"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="46"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="72"/>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="74"/>
        <source>Created: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="76"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="78"/>
        <source>Checked out to %1</source>
        <translation>Sorti pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="81"/>
        <source>Checked in from %1</source>
        <translation>Rendu par %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="82"/>
        <source>Checked in</source>
        <translation>Rentré en réserve</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="86"/>
        <source>Fitting photo of %1 added</source>
        <translation>Photo d’essayage du %1 ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="90"/>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="92"/>
        <source>Photo removed</source>
        <translation>Photo retirée</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="94"/>
        <source>Marked missing</source>
        <translation>Marqué manquant</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="96"/>
        <source>Found again, back in store</source>
        <translation>Retrouvé, de nouveau en réserve</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="98"/>
        <source>Sent to cleaning</source>
        <translation>Envoyé au nettoyage</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="100"/>
        <source>Back from cleaning</source>
        <translation>Revenu du nettoyage</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="102"/>
        <source>Sent to the workroom for alteration</source>
        <translation>Envoyé à l’atelier pour retouche</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="104"/>
        <source>Back from alteration</source>
        <translation>Revenu de retouche</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="106"/>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="112"/>
        <source>Lent to %1 until %2</source>
        <translation>Prêté à %1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="114"/>
        <source>Lent to %1</source>
        <translation>Prêté à %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="116"/>
        <source>Left on its journey (in transit)</source>
        <translation>Parti en voyage (en transit)</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="118"/>
        <source>Arrived at the borrower</source>
        <translation>Arrivé chez l’emprunteur</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="120"/>
        <source>Back from loan, condition: %1</source>
        <translation>Revenu de prêt, état : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="122"/>
        <source>Condition: %1 → %2</source>
        <translation>État : %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="135"/>
        <source>Moved from %1 to %2</source>
        <translation>Déplacé de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="137"/>
        <source>Put at %1</source>
        <translation>Rangé à %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="138"/>
        <source>Taken from %1, no place set</source>
        <translation>Retiré de %1, sans emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="148"/>
        <source>%1 from “%2” to “%3”</source>
        <translation>%1 de « %2 » à « %3 »</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="150"/>
        <source>Changed %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="150"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="156"/>
        <source>Repair asked: %1</source>
        <translation>Réparation demandée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="156"/>
        <source>Alteration asked: %1</source>
        <translation>Retouche demandée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="160"/>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="164"/>
        <source>Repair done: %1</source>
        <translation>Réparation faite : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="164"/>
        <source>Alteration done: %1</source>
        <translation>Retouche faite : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="171"/>
        <source>Opened again: %1</source>
        <translation>Rouverte : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="172"/>
        <source>Alteration withdrawn: %1</source>
        <translation>Retouche retirée : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/history_text.py" line="176"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n paire</numerusform>
            <numerusform>%n paires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="180"/>
        <source>Tulle used: %1 of %2</source>
        <translation>Tulle utilisé : %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="182"/>
        <source>Pointe shoes issued: %1</source>
        <translation>Pointes remises : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="188"/>
        <source>Pointe shoes received: %1</source>
        <translation>Pointes reçues : %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="190"/>
        <source>Tulle use taken back: %1 of %2</source>
        <translation>Tulle rendu au stock : %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="193"/>
        <source>Pointe count adjusted: %1 (%2)</source>
        <translation>Stock de pointes corrigé : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="202"/>
        <source>shoe size %1</source>
        <translation>pointure %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/history_text.py" line="212"/>
        <source>Measured on %1: %2</source>
        <translation>Mesuré le %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="65"/>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="68"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="70"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="74"/>
        <source>Company of rows that name none</source>
        <translation>Compagnie des lignes qui n’en nomment aucune</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="75"/>
        <source>As the file says</source>
        <translation>Comme le dit le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="78"/>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="122"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="79"/>
        <source>.csv or .xlsx; costumes with photos: .zip</source>
        <translation>.csv ou .xlsx ; costumes avec photos : .zip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="80"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="83"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="95"/>
        <source>Problems, by row and column</source>
        <translation>Problèmes, par ligne et par colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="97"/>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="107"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="97"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="97"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="97"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="105"/>
        <source>What each row will do</source>
        <translation>Ce que fera chaque ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="107"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="107"/>
        <source>Will be</source>
        <translation>Sera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="107"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="114"/>
        <source>Show the rows that change &amp;nothing</source>
        <translation>Montrer les lignes qui ne changent &amp;rien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="117"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="119"/>
        <source>C&amp;ompany</source>
        <translation>Co&amp;mpagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="135"/>
        <source>Choose the spreadsheet</source>
        <translation>Choisir le tableur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="137"/>
        <source>Spreadsheets, or costumes with their photos (*.csv *.txt *.xlsx *.zip)</source>
        <translation>Tableurs, ou costumes avec leurs photos (*.csv *.txt *.xlsx *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="149"/>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="159"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="176"/>
        <source>Read as %1: %2 to create, %3 to update, %4 unchanged.</source>
        <translation>Lu en %1 : %2 à créer, %3 à mettre à jour, %4 inchangés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="183"/>
        <source>Columns ignored: %1.</source>
        <translation>Colonnes ignorées : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="196"/>
        <source>%n problem(s): nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problème : rien ne peut être importé tant que le fichier n’est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne peut être importé tant que le fichier n’est pas corrigé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="210"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="211"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="212"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="218"/>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="242"/>
        <source>Preview the file first.</source>
        <translation>Affichez d’abord l’aperçu du fichier.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="80"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="80"/>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="90"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="93"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="93"/>
        <source>empty: the next free tag</source>
        <translation>vide : la prochaine étiquette libre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="96"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="96"/>
        <source>e.g. Aurora Act III tutu</source>
        <translation>ex. Tutu Aurore acte III</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="97"/>
        <source>Piece type</source>
        <translation>Type de pièce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="100"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="103"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="104"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="105"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="107"/>
        <source>Made for</source>
        <translation>Fait pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="110"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="111"/>
        <source>Room / rack, hoist or bin</source>
        <translation>Salle / portant, palan ou bac</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="113"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="115"/>
        <source>Replacement value</source>
        <translation>Valeur de remplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="117"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="121"/>
        <source>Tutu</source>
        <translation>Tutu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="123"/>
        <source>Tutu style</source>
        <translation>Style de tutu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="128"/>
        <source>Net layers</source>
        <translation>Couches de tulle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="131"/>
        <source>no hoop</source>
        <translation>sans cerceau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="132"/>
        <source>Hoop layer</source>
        <translation>Couche du cerceau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="133"/>
        <location filename="../../ui/dialogs/item_dialog.py" line="139"/>
        <source>Net colour</source>
        <translation>Couleur du tulle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="134"/>
        <location filename="../../ui/dialogs/item_dialog.py" line="140"/>
        <source>Net type</source>
        <translation>Type de tulle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="134"/>
        <source>stiff net</source>
        <translation>tulle raide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="136"/>
        <source>St&amp;yle</source>
        <translation>St&amp;yle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="137"/>
        <source>Net &amp;layers</source>
        <translation>&amp;Couches de tulle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="138"/>
        <source>&amp;Hoop on layer</source>
        <translation>Cerceau sur la &amp;couche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="143"/>
        <source>&amp;Company</source>
        <translation>&amp;Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="144"/>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="145"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="146"/>
        <source>&amp;Piece type</source>
        <translation>Type de &amp;pièce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="147"/>
        <source>P&amp;roduction</source>
        <translation>P&amp;roduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="148"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="149"/>
        <source>Co&amp;lour</source>
        <translation>Cou&amp;leur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="150"/>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="151"/>
        <source>&amp;Made for</source>
        <translation>&amp;Fait pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="152"/>
        <source>Locat&amp;ion</source>
        <translation>Emplacemen&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="153"/>
        <source>Con&amp;dition</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="154"/>
        <source>Replacement &amp;value</source>
        <translation>&amp;Valeur de remplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="155"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="183"/>
        <source>out to %1 since %2</source>
        <translation>sorti chez %1 depuis le %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="187"/>
        <source>no place set</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="188"/>
        <source>Now: %1 · %2</source>
        <translation>Actuellement : %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="216"/>
        <source>%1, %2 %3 (%4)</source>
        <translation>%1, %2 %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/item_dialog.py" line="225"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="226"/>
        <source>Needed by: %1</source>
        <translation>Retenu par : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="245"/>
        <source>(no one: made to a size)</source>
        <translation>(personne : fait à une taille)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="320"/>
        <source>Give the item a name, e.g. “Aurora Act III tutu”.</source>
        <translation>Donnez un nom à l’article, par exemple « Tutu Aurore acte III ».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="327"/>
        <source>The replacement value must be a number, e.g. 2500 or 2500.50.</source>
        <translation>La valeur de remplacement doit être un nombre, par exemple 2500 ou 2500,50.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="332"/>
        <source>A role belongs to a production: choose the production too.</source>
        <translation>Un rôle appartient à une production : choisissez aussi la production.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/item_dialog.py" line="341"/>
        <source>The hoop cannot sit on layer %1 of a %2-layer tutu.</source>
        <translation>Le cerceau ne peut pas être sur la couche %1 d’un tutu de %2 couches.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="130"/>
        <source>Lend %1</source>
        <translation>Prêter %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="132"/>
        <source>Lend %n item(s)</source>
        <translation>
            <numerusform>Prêter %n article</numerusform>
            <numerusform>Prêter %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="142"/>
        <source>Borrower</source>
        <translation>Emprunteur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="146"/>
        <source>The other company, or a theatre or school</source>
        <translation>L’autre compagnie, ou un théâtre ou une école</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="147"/>
        <source>&amp;Lent to</source>
        <translation>&amp;Prêté à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="149"/>
        <source>&amp;Due back</source>
        <translation>&amp;Retour prévu le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="149"/>
        <source>Due back</source>
        <translation>Retour prévu le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="156"/>
        <source>Say who borrows the items.</source>
        <translation>Dites qui emprunte les articles.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/sections/list_page.py" line="61"/>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <location filename="../../ui/sections/list_page.py" line="78"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../ui/shell/loading.py" line="96"/>
        <source>This inventory has a problem; it is open read-only so that nothing gets worse.</source>
        <translation>Cet inventaire a un problème ; il est ouvert en lecture seule pour que rien ne s’aggrave.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/loading.py" line="108"/>
        <source>Start-up backup or check failed: %1</source>
        <translation>La sauvegarde ou la vérification du démarrage a échoué : %1</translation>
    </message>
</context>
<context>
    <name>LookDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="78"/>
        <source>New look</source>
        <translation>Nouvelle tenue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="80"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="81"/>
        <source>Look</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="81"/>
        <source>e.g. White swan</source>
        <translation>p. ex. Cygne blanc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="83"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="84"/>
        <source>one a line, its type first:
tutu: white plate</source>
        <translation>une par ligne, son type d’abord :
tutu : plateau blanc</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="87"/>
        <source>How it is worn</source>
        <translation>Comment elle se porte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="87"/>
        <source>gloves off</source>
        <translation>gants retirés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="88"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="89"/>
        <source>&amp;Look</source>
        <translation>&amp;Tenue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="90"/>
        <source>&amp;Pieces</source>
        <translation>&amp;Pièces</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="91"/>
        <source>&amp;How it is worn</source>
        <translation>&amp;Comment elle se porte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="95"/>
        <source>&amp;Worn in %1</source>
        <translation>Portée &amp;dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="102"/>
        <source>Choose the role that wears it.</source>
        <translation>Choisissez le rôle qui la porte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="104"/>
        <source>Give the look a name.</source>
        <translation>Donnez un nom à la tenue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="110"/>
        <source>A look has at least one piece.</source>
        <translation>Une tenue a au moins une pièce.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="51"/>
        <source>Wardrobe — %1</source>
        <translation>Wardrobe — %1</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../ui/text/marks.py" line="19"/>
        <source>in transit to %1</source>
        <translation>en transit vers %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="23"/>
        <source>on loan to %1 until %2</source>
        <translation>prêté à %1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="27"/>
        <source>on loan to %1</source>
        <translation>prêté à %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="37"/>
        <source>guest at %1 until %2</source>
        <translation>invité(e) à %1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="42"/>
        <source>guest at %1</source>
        <translation>invité(e) à %1</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="47"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="48"/>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="49"/>
        <source>part received</source>
        <translation>reçue en partie</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="50"/>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <location filename="../../ui/text/marks.py" line="51"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="36"/>
        <source>New material</source>
        <translation>Nouvelle fourniture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="36"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="44"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="47"/>
        <source>e.g. Stiff tulle, white, 300 cm</source>
        <translation>ex. Tulle raide blanc, 300 cm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="49"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="50"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="51"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="54"/>
        <source>Stock unit</source>
        <translation>Unité de stock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="58"/>
        <source>In stock now</source>
        <translation>En stock maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="59"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="60"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="62"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="62"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="64"/>
        <source>Cost per unit</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="66"/>
        <source>&amp;Company</source>
        <translation>&amp;Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="67"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="68"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="69"/>
        <source>Co&amp;lour</source>
        <translation>Cou&amp;leur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="70"/>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="71"/>
        <source>Stock &amp;unit</source>
        <translation>&amp;Unité de stock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="72"/>
        <source>In stock &amp;now</source>
        <translation>En stock &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="73"/>
        <source>&amp;Minimum</source>
        <translation>&amp;Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="74"/>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="75"/>
        <source>&amp;Supplier</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="76"/>
        <source>C&amp;ost per unit</source>
        <translation>C&amp;oût unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="110"/>
        <source>&amp;Width (%1)</source>
        <translation>&amp;Largeur (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="111"/>
        <source>Width (%1)</source>
        <translation>Largeur (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="123"/>
        <source>Give the material a name.</source>
        <translation>Donnez un nom à la fourniture.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="126"/>
        <source>Give the minimum level: below it the material is on the reorder list.</source>
        <translation>Indiquez le seuil minimum : en dessous, la fourniture passe sur la liste de réapprovisionnement.</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../../ui/sections/materials.py" line="35"/>
        <source>Filter: name, kind, colour or supplier</source>
        <translation>Filtrer : nom, type, couleur ou fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/materials.py" line="40"/>
        <source>&amp;Tulle and materials</source>
        <translation>&amp;Tulle et fournitures</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="137"/>
        <source>Measurements: %1</source>
        <translation>Mesures : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="144"/>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="145"/>
        <source>Taken by</source>
        <translation>Prises par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="146"/>
        <source>Measured &amp;on</source>
        <translation>Mesuré &amp;le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="147"/>
        <source>&amp;Taken by</source>
        <translation>&amp;Prises par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="174"/>
        <source>Shoe size</source>
        <translation>Pointure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="177"/>
        <source>&amp;Shoe size</source>
        <translation>Poin&amp;ture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="178"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="179"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="182"/>
        <source>Grey figures are the last measurements; leave a field empty for a measure not taken.</source>
        <translation>Les chiffres en gris sont les dernières mesures ; laissez vide une mesure non prise.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/dancer_dialogs.py" line="196"/>
        <source>Enter at least one measurement.</source>
        <translation>Saisissez au moins une mesure.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/shell/menus.py" line="48"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="58"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="60"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="61"/>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="62"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="70"/>
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="74"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/menus.py" line="84"/>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="145"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="148"/>
        <source>%1 — now at %2</source>
        <translation>%1 — actuellement : %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="150"/>
        <source>no place set</source>
        <translation>sans emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="153"/>
        <source>New location</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="153"/>
        <source>&amp;New location</source>
        <translation>&amp;Nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="160"/>
        <source>Type or choose where the item goes, e.g. “Costume Shop / Rack 4”.</source>
        <translation>Tapez ou choisissez où va l’article, par exemple « Atelier costumes / Portant 4 ».</translation>
    </message>
</context>
<context>
    <name>NewBuildDialog</name>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="32"/>
        <source>New build</source>
        <translation>Nouvelle fabrication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="38"/>
        <source>Pattern</source>
        <translation>Patron</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="41"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="41"/>
        <source>the pattern&apos;s name</source>
        <translation>le nom du patron</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="46"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="47"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="48"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="48"/>
        <source>e.g. Odette</source>
        <translation>par exemple Odette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="51"/>
        <source>For these dancers</source>
        <translation>Pour ces danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="54"/>
        <source>Or this many for no one</source>
        <translation>Ou tant pour personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="55"/>
        <source>&amp;Pattern</source>
        <translation>&amp;Patron</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="56"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="57"/>
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="58"/>
        <source>P&amp;roduction</source>
        <translation>P&amp;roduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="59"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="60"/>
        <source>For these &amp;dancers</source>
        <translation>Pour ces &amp;danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="61"/>
        <source>Or this &amp;many for no one</source>
        <translation>Ou tant pour perso&amp;nne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="74"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="88"/>
        <source>Choose a pattern.</source>
        <translation>Choisissez un patron.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="96"/>
        <source>Tick the dancers it is for, or say how many for no one.</source>
        <translation>Cochez les danseurs pour qui elle est faite, ou dites combien pour personne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="100"/>
        <source>A role needs its production.</source>
        <translation>Un rôle demande sa production.</translation>
    </message>
</context>
<context>
    <name>OpenAlterations</name>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="44"/>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="47"/>
        <source>Open alterations</source>
        <translation>Retouches en cours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="73"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/alteration_dialogs.py" line="79"/>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message numerus="yes">
        <location filename="../../ui/operations/orders.py" line="47"/>
        <source>%n draft order(s) written: %1</source>
        <translation>
            <numerusform>%n brouillon de commande écrit : %1</numerusform>
            <numerusform>%n brouillons de commande écrits : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="53"/>
        <source>Nothing new to order: every alert is on order or on a draft.</source>
        <translation>Rien de nouveau à commander : chaque alerte est en commande ou sur un brouillon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/orders.py" line="58"/>
        <source>%n alert(s) already on a draft, left there</source>
        <translation>
            <numerusform>%n alerte déjà sur un brouillon, laissée là</numerusform>
            <numerusform>%n alertes déjà sur un brouillon, laissées là</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="66"/>
        <source>no supplier set for %1</source>
        <translation>aucun fournisseur pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="132"/>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="135"/>
        <source>Cancel %1 to %2? What it still awaits will no longer count as on order, and nothing more can be received on it.</source>
        <translation>Annuler %1 à %2 ? Ce qu’elle attend encore ne comptera plus comme en commande, et plus rien ne pourra être reçu dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="189"/>
        <source>Send the order</source>
        <translation>Envoyer la commande</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="192"/>
        <source>Send %1 to %2? Its quantities will count as on order, and its PDF is made for you to send.</source>
        <translation>Envoyer %1 à %2 ? Ses quantités compteront comme en commande, et son PDF est fait pour que vous l’envoyiez.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="209"/>
        <source>%1 sent to %2.</source>
        <translation>%1 envoyée à %2.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="233"/>
        <source>Delivery received on %1 (%2).</source>
        <translation>Livraison reçue sur %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="255"/>
        <source>Print the purchase order</source>
        <translation>Imprimer le bon de commande</translation>
    </message>
    <message>
        <location filename="../../ui/operations/orders.py" line="257"/>
        <source>Purchase order %1 to %2.</source>
        <translation>Bon de commande %1 à %2.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="68"/>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="82"/>
        <source>&amp;Add line…</source>
        <translation>A&amp;jouter une ligne…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="83"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="84"/>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="85"/>
        <source>Re&amp;ceive delivery…</source>
        <translation>Récepti&amp;onner une livraison…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="87"/>
        <source>Cancel &amp;order…</source>
        <translation>&amp;Annuler la commande…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="88"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="108"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/order_dialogs.py" line="113"/>
        <source>lead time %1 weeks as learned from %n order(s), %2 entered</source>
        <translation>
            <numerusform>délai de %1 semaines appris de %n commande, %2 saisi</numerusform>
            <numerusform>délai de %1 semaines appris de %n commandes, %2 saisi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="121"/>
        <source>lead time %1 weeks entered</source>
        <translation>délai de %1 semaines saisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="123"/>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2 for %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à %2 pour %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="132"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="133"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="134"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="135"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="136"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="137"/>
        <source>Still to come</source>
        <translation>Reste à venir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="138"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="139"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="175"/>
        <source>In %1; type a new quantity to change it (a draft only)</source>
        <translation>En %1 ; tapez une nouvelle quantité pour la changer (brouillon seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="188"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <location filename="../../ui/sections/orders.py" line="43"/>
        <source>Filter: number, supplier, status or company</source>
        <translation>Filtre : numéro, fournisseur, état ou compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/sections/orders.py" line="47"/>
        <source>&amp;Draft orders from the alerts</source>
        <translation>&amp;Préparer les commandes d’après les alertes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/orders.py" line="69"/>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/orders.py" line="84"/>
        <source>Lead times are learned from orders sent and received.</source>
        <translation>Les délais s’apprennent des commandes envoyées et reçues.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/orders.py" line="87"/>
        <source>%1 %2 weeks (%3 entered, %n order(s))</source>
        <translation>
            <numerusform>%1 %2 semaines (%3 saisi, %n commande)</numerusform>
            <numerusform>%1 %2 semaines (%3 saisi, %n commandes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sections/orders.py" line="94"/>
        <source>Lead times learned: %1</source>
        <translation>Délais appris : %1</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="199"/>
        <source>Pack for %1</source>
        <translation>Préparer les bagages de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="202"/>
        <source>Tick what travels with the dancer; the packing list is printed next.</source>
        <translation>Cochez ce qui voyage avec le danseur ; la liste de colisage s’imprime ensuite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="204"/>
        <source>No costume made for this dancer is in store to pack.</source>
        <translation>Aucun costume fait pour ce danseur n’est en réserve à emballer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="207"/>
        <source>Costumes to pack</source>
        <translation>Costumes à emballer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="215"/>
        <source>%1 (packed already)</source>
        <translation>%1 (déjà emballé)</translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message numerus="yes">
        <location filename="../../ui/text/alert_text.py" line="18"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n paire</numerusform>
            <numerusform>%n paires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="35"/>
        <source>New part of %1</source>
        <translation>Nouvelle scène de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="39"/>
        <source>After %1 %2</source>
        <translation>Après %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="40"/>
        <source>Act or episode</source>
        <translation>Acte ou épisode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="40"/>
        <source>II</source>
        <translation>II</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="41"/>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="41"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="42"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="42"/>
        <source>The Kingdom of the Shades</source>
        <translation>Le royaume des ombres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="43"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="43"/>
        <location filename="../../ui/dialogs/production_dialogs.py" line="44"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="44"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="45"/>
        <source>&amp;Act or episode</source>
        <translation>&amp;Acte ou épisode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="46"/>
        <source>S&amp;cene</source>
        <translation>S&amp;cène</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="47"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="48"/>
        <source>&amp;Starts, minutes from the curtain</source>
        <translation>&amp;Début, en minutes après le lever de rideau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="49"/>
        <source>&amp;Running time, minutes</source>
        <translation>D&amp;urée, en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/production_dialogs.py" line="54"/>
        <source>Give the act (or the episode).</source>
        <translation>Donnez l’acte (ou l’épisode).</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../ui/operations/photos.py" line="40"/>
        <source>Remove photo %1 of %2</source>
        <translation>Retirer la photo %1 de %2</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="89"/>
        <source>Click to see it full size</source>
        <translation>Cliquez pour la voir en grand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="90"/>
        <source>Main photo</source>
        <translation>Photo principale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="94"/>
        <source>Photos of the item</source>
        <translation>Photos de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="106"/>
        <source>Add &amp;photo…</source>
        <translation>Ajouter une &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="106"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="107"/>
        <source>Make main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="107"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="123"/>
        <source>&amp;Fitting photo, dated today</source>
        <translation>Photo d’&amp;essayage, datée d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="126"/>
        <source>A photo of the dancer in it, kept with the item&apos;s open alteration</source>
        <translation>Une photo de l’artiste qui le porte, gardée avec la retouche en cours de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="146"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="148"/>
        <source>main</source>
        <translation>principale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="150"/>
        <source>fitting of %1</source>
        <translation>essayage du %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="162"/>
        <source>No photo yet:
add one, drop a file here
or paste</source>
        <translation>Pas encore de photo :
ajoutez-en une, déposez un fichier ici
ou collez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="183"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="185"/>
        <source>Pictures (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="203"/>
        <source>Adding the photo…</source>
        <translation>Ajout de la photo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="236"/>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="242"/>
        <source>Photo %1 added.</source>
        <translation>Photo %1 ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="244"/>
        <source>It was an animation: its first frame was kept.</source>
        <translation>C’était une animation : sa première image a été gardée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="251"/>
        <source>Photo %1 removed (Ctrl+Z in the window puts it back).</source>
        <translation>Photo %1 retirée (Ctrl+Z dans la fenêtre la remet).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/photo_panel.py" line="309"/>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
</context>
<context>
    <name>PlotCellView</name>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="25"/>
        <source>The cell chosen</source>
        <translation>La case choisie</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="33"/>
        <source>Choose a cell of the plot: a role, in a part.</source>
        <translation>Choisissez une case de la conduite : un rôle, dans une scène.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="52"/>
        <source>Not on stage in this part.</source>
        <translation>Absent de cette scène.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="54"/>
        <source>Look:</source>
        <translation>Tenue :</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="55"/>
        <source>worn in %1</source>
        <translation>portée en %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="60"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="71"/>
        <source>%1 min from the curtain</source>
        <translation>%1 min après le lever de rideau</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="75"/>
        <source>No one is cast in this role yet.</source>
        <translation>Personne n&apos;est encore distribué dans ce rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="86"/>
        <source>cast %1</source>
        <translation>distribution %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="88"/>
        <source>%1, alternate</source>
        <translation>%1, remplaçante</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="90"/>
        <source>%1, double of %2</source>
        <translation>%1, doublure de %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="96"/>
        <source>%1: to make</source>
        <translation>%1 : à fabriquer</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="98"/>
        <source>%1: a copy to give</source>
        <translation>%1 : une copie à attribuer</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="101"/>
        <source>lent to %1</source>
        <translation>prêté à %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="102"/>
        <source>%1: %2 · %3</source>
        <translation>%1 : %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="104"/>
        <source>%1 (a copy)</source>
        <translation>%1 (une copie)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/plot_cell_view.py" line="106"/>
        <source>%1 · in the alteration list</source>
        <translation>%1 · en liste de retouches</translation>
    </message>
</context>
<context>
    <name>PlotModel</name>
    <message>
        <location filename="../../ui/models/plot_model.py" line="43"/>
        <source>%1 (alternate)</source>
        <translation>%1 (remplaçante)</translation>
    </message>
    <message>
        <location filename="../../ui/models/plot_model.py" line="45"/>
        <source>%1 (double of %2)</source>
        <translation>%1 (doublure de %2)</translation>
    </message>
</context>
<context>
    <name>PointeSection</name>
    <message>
        <location filename="../../ui/sections/pointe.py" line="29"/>
        <source>Filter: dancer, maker, size or supplier</source>
        <translation>Filtrer : danseuse, fabricant, pointure ou fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/sections/pointe.py" line="34"/>
        <source>&amp;Pointe shoes</source>
        <translation>&amp;Pointes</translation>
    </message>
</context>
<context>
    <name>PointeSpecDialog</name>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="171"/>
        <source>Pointe shoes: %1</source>
        <translation>Pointes : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="173"/>
        <source>New pointe-shoe specification</source>
        <translation>Nouvelle spécification de pointes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="180"/>
        <source>Dancer</source>
        <translation>Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="187"/>
        <source>Maker</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="192"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="193"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="196"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="203"/>
        <source>Shank</source>
        <translation>Cambrion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="208"/>
        <source>Vamp</source>
        <translation>Empeigne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="211"/>
        <source>Maker&apos;s mark</source>
        <translation>Marque de l’artisan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="213"/>
        <source>Freed: crown, bell, L, Maltese cross…</source>
        <translation>Freed : couronne, cloche, L, croix de Malte…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="217"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="218"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="222"/>
        <source>Pairs a week</source>
        <translation>Paires par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="226"/>
        <source>Lead time (weeks)</source>
        <translation>Délai (semaines)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="228"/>
        <source>empty: the supplier&apos;s</source>
        <translation>vide : celui du fournisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="233"/>
        <source>Minimum pairs</source>
        <translation>Paires minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="240"/>
        <source>Season allowance</source>
        <translation>Dotation de la saison</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="249"/>
        <source>Cost per pair</source>
        <translation>Coût par paire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="253"/>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="272"/>
        <source>Pairs on hand</source>
        <translation>Paires en stock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="256"/>
        <source>&amp;Dancer</source>
        <translation>&amp;Danseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="257"/>
        <source>&amp;Maker</source>
        <translation>&amp;Fabricant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="258"/>
        <source>M&amp;odel</source>
        <translation>M&amp;odèle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="259"/>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="260"/>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="261"/>
        <source>S&amp;hank</source>
        <translation>&amp;Cambrion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="262"/>
        <source>&amp;Vamp</source>
        <translation>&amp;Empeigne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="263"/>
        <source>Maker&apos;s m&amp;ark</source>
        <translation>&amp;Marque de l’artisan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="264"/>
        <source>Su&amp;pplier</source>
        <translation>Fo&amp;urnisseur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="265"/>
        <source>Pairs a &amp;week</source>
        <translation>Paires par &amp;semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="266"/>
        <source>&amp;Lead time (weeks)</source>
        <translation>&amp;Délai (semaines)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="267"/>
        <source>Mi&amp;nimum pairs</source>
        <translation>Paires mi&amp;nimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="268"/>
        <source>Season a&amp;llowance</source>
        <translation>Dotation de la sa&amp;ison</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="269"/>
        <source>&amp;Cost per pair</source>
        <translation>C&amp;oût par paire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="280"/>
        <source>Give the maker, e.g. Freed of London.</source>
        <translation>Indiquez le fabricant, par exemple Freed of London.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="281"/>
        <source>Give the shoe size, e.g. 4½ or 38.</source>
        <translation>Indiquez la pointure, par exemple 4½ ou 38.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stock_dialogs.py" line="283"/>
        <source>Choose the dancer.</source>
        <translation>Choisissez la danseuse.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/operations/print_out.py" line="29"/>
        <source>%1 page(s) written to %2</source>
        <translation>%1 page(s) écrite(s) dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="38"/>
        <source>Some characters could not be printed</source>
        <translation>Certains caractères n’ont pas pu être imprimés</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="49"/>
        <source>No PDF viewer</source>
        <translation>Aucun lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="51"/>
        <source>No program on this computer opens PDF files, so the document could not be shown. Save it where you choose, to print or send it from there?</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers PDF : le document n’a pas pu être affiché. L’enregistrer où vous voulez, pour l’imprimer ou l’envoyer de là ?</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="61"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="63"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/print_out.py" line="67"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="44"/>
        <location filename="../../ui/operations/printing.py" line="71"/>
        <source>Choose a dancer first.</source>
        <translation>Choisissez d’abord un danseur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="57"/>
        <source>Print a fitting sheet</source>
        <translation>Imprimer une fiche d’essayage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="58"/>
        <source>The fitting sheet of %1.</source>
        <translation>La fiche d’essayage de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="88"/>
        <source>Print both fitting sheets</source>
        <translation>Imprimer les deux fiches d’essayage</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="90"/>
        <source>The fitting sheets of %1 and of her double.</source>
        <translation>Les fiches d’essayage de %1 et de sa doublure.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="118"/>
        <source>Print a production&apos;s doubles</source>
        <translation>Imprimer les doublures d’une production</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="120"/>
        <source>Each principal and her double: their pieces side by side, and the measurements that differ by more than 2 cm.</source>
        <translation>Chaque titulaire et sa doublure : leurs pièces côte à côte, et les mesures qui diffèrent de plus de 2 cm.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="166"/>
        <source>Print a production&apos;s fitting sheets</source>
        <translation>Imprimer les fiches d’essayage d’une production</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="167"/>
        <source>One sheet for each dancer cast in the production.</source>
        <translation>Une fiche par danseur distribué dans la production.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="127"/>
        <location filename="../../ui/operations/printing.py" line="172"/>
        <location filename="../../ui/operations/printing.py" line="200"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="194"/>
        <source>Print a costume book</source>
        <translation>Imprimer un livre des costumes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="195"/>
        <source>Each role&apos;s pieces with their photo, tag, colour and who they fit.</source>
        <translation>Les pièces de chaque rôle avec leur photo, leur étiquette, leur couleur et pour qui elles sont faites.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="207"/>
        <source>Every company</source>
        <translation>Toutes les compagnies</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="220"/>
        <source>Print the reorder list</source>
        <translation>Imprimer la liste de réapprovisionnement</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="221"/>
        <source>Everything below its level, grouped by supplier.</source>
        <translation>Tout ce qui est sous son seuil, groupé par fournisseur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="226"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="236"/>
        <source>Select the items to label in Costumes first.</source>
        <translation>Sélectionnez d’abord les articles à étiqueter dans Costumes.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/printing.py" line="250"/>
        <source>Print tag labels</source>
        <translation>Imprimer des étiquettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/printing.py" line="251"/>
        <source>%n label(s), one for each selected item.</source>
        <translation>
            <numerusform>%n étiquette, une par article sélectionné.</numerusform>
            <numerusform>%n étiquettes, une par article sélectionné.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="30"/>
        <source>Call sheet</source>
        <translation>Feuille de convocation</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="31"/>
        <source>Pull list</source>
        <translation>Liste de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="32"/>
        <source>Dressing list of each room</source>
        <translation>Liste de chaque loge</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="33"/>
        <source>Each dresser&apos;s track</source>
        <translation>Parcours de chaque habilleuse</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="34"/>
        <source>Presets of each place</source>
        <translation>Préparations de chaque emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="35"/>
        <source>Laundry list</source>
        <translation>Liste de lessive</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="36"/>
        <source>Exception report</source>
        <translation>Rapport des anomalies</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="52"/>
        <source>Print the sheets of a date</source>
        <translation>Imprimer les feuilles d’une date</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="54"/>
        <source>%1, %2: in the company&apos;s language, on its paper.</source>
        <translation>%1, %2 : dans la langue de la compagnie, sur son papier.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/date_sheets.py" line="62"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="85"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="99"/>
        <source>Label sheet</source>
        <translation>Planche d’étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="111"/>
        <source>First free label</source>
        <translation>Première étiquette libre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="114"/>
        <source>Label &amp;sheet</source>
        <translation>&amp;Planche d’étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="115"/>
        <source>&amp;First free label</source>
        <translation>Première étiquette &amp;libre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="116"/>
        <source>&amp;Open in the PDF viewer</source>
        <translation>&amp;Ouvrir dans le lecteur PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="117"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="127"/>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="129"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="148"/>
        <source>There is nothing to choose from.</source>
        <translation>Il n’y a rien à choisir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="156"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="156"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_dialog.py" line="160"/>
        <source>Choose where to save the PDF, or open it instead.</source>
        <translation>Choisissez où enregistrer le PDF, ou ouvrez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>ProductionActions</name>
    <message>
        <location filename="../../ui/operations/productions.py" line="42"/>
        <source>Choose a production first (Productions).</source>
        <translation>Choisissez d’abord une production (Productions).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="49"/>
        <source>Choose a cell of the plot: a role, in a part.</source>
        <translation>Choisissez une case de la conduite : un rôle, dans une scène.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="80"/>
        <source>New part %1</source>
        <translation>Nouvelle scène %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="109"/>
        <source>Remove a part</source>
        <translation>Retirer une scène</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="112"/>
        <source>%1 %2 has %3 look(s) worn in it. Remove it with them? (Edit › Undo puts it back whole.)</source>
        <translation>%1 %2 a %3 tenue(s) portée(s). La retirer avec elles ? (Édition › Annuler la remet entière.)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="132"/>
        <source>Remove part %1</source>
        <translation>Retirer la scène %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="169"/>
        <source>New look %1 of %2</source>
        <translation>Nouvelle tenue %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="228"/>
        <source>Cast %1 as %2</source>
        <translation>%1 distribué(e) dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/look_copies.py" line="34"/>
        <source>Show one cast&apos;s dancers (Rows), then choose her cell.</source>
        <translation>Affichez les danseurs d’une distribution (Lignes), puis choisissez sa case.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="68"/>
        <source>Edit part %1</source>
        <translation>Modifier la scène %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/look_copies.py" line="49"/>
        <location filename="../../ui/operations/production_changes.py" line="92"/>
        <location filename="../../ui/operations/production_edits.py" line="97"/>
        <location filename="../../ui/operations/production_edits.py" line="156"/>
        <source>The role wears no look in that part.</source>
        <translation>Le rôle ne porte aucune tenue dans cette scène.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="123"/>
        <source>Edit look %1</source>
        <translation>Modifier la tenue %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="160"/>
        <source>A photo of the look</source>
        <translation>Une photo de la tenue</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="162"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_edits.py" line="175"/>
        <source>Photo of the look added</source>
        <translation>Photo de la tenue ajoutée</translation>
    </message>
    <message>
        <location filename="../../ui/operations/look_copies.py" line="70"/>
        <source>Copies for %1 in %2</source>
        <translation>Copies pour %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="55"/>
        <source>This role has no look yet: make one first (New look).</source>
        <translation>Ce rôle n’a pas encore de tenue : créez-en une d’abord (Nouvelle tenue).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="57"/>
        <source>— not on stage —</source>
        <translation>— pas en scène —</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="61"/>
        <source>The look worn here</source>
        <translation>La tenue portée ici</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="67"/>
        <source>%1 wears %2</source>
        <translation>%1 porte %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plot_cells.py" line="93"/>
        <source>Not on stage in that part</source>
        <translation>Pas en scène dans cette scène</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="251"/>
        <source>Every role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="252"/>
        <source>Cast %1</source>
        <translation>Distribution %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="255"/>
        <source>Print the costume plot</source>
        <translation>Imprimer la conduite costumes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="256"/>
        <source>%1: roles down, parts across.</source>
        <translation>%1 : les rôles en lignes, les scènes en colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="261"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="280"/>
        <source>Print the continuity book</source>
        <translation>Imprimer la bible de continuité</translation>
    </message>
    <message>
        <location filename="../../ui/operations/productions.py" line="281"/>
        <source>%1, part by part.</source>
        <translation>%1, scène par scène.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="57"/>
        <source>It is the first part already.</source>
        <translation>C&apos;est déjà la première scène.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="59"/>
        <source>It is the last part already.</source>
        <translation>C&apos;est déjà la dernière scène.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="64"/>
        <source>%1 moved before %2</source>
        <translation>%1 placé avant %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="66"/>
        <source>%1 moved after %2</source>
        <translation>%1 placé après %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="96"/>
        <source>Remove a look</source>
        <translation>Retirer une tenue</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="99"/>
        <source>Remove %1, the look of %2, from the %3 part(s) it is worn in, with the copies given for it? (Edit › Undo puts it back whole.)</source>
        <translation>Retirer %1, la tenue de %2, des %3 scène(s) où elle est portée, avec les copies attribuées pour elle ? (Édition › Annuler la remet en entier.)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="119"/>
        <source>Remove look %1 of %2</source>
        <translation>Retirer la tenue %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="140"/>
        <source>No one is cast in that role.</source>
        <translation>Personne n&apos;est distribué dans ce rôle.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="146"/>
        <source>Take out of the role</source>
        <translation>Retirer du rôle</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="157"/>
        <source>%1 taken out of %2</source>
        <translation>%1 retirée du rôle de %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="170"/>
        <source>%1, cast %2</source>
        <translation>%1, distribution %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="172"/>
        <source>%1, alternate</source>
        <translation>%1, remplaçante</translation>
    </message>
    <message>
        <location filename="../../ui/operations/production_changes.py" line="174"/>
        <source>%1, double of %2</source>
        <translation>%1, doublure de %2</translation>
    </message>
</context>
<context>
    <name>ProductionsSection</name>
    <message>
        <location filename="../../ui/sections/productions.py" line="90"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="94"/>
        <source>Every role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="96"/>
        <source>Cast %1</source>
        <translation>Distribution %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="97"/>
        <source>Prod&amp;uction:</source>
        <translation>Prod&amp;uction :</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="99"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="112"/>
        <source>Costume plot</source>
        <translation>Conduite costumes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="143"/>
        <source>What the check found</source>
        <translation>Ce que la vérification a trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="173"/>
        <source>Productio&amp;ns</source>
        <translation>Productio&amp;ns</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="183"/>
        <source>builds %1, orders %2, pointe shoes %3</source>
        <translation>fabrications %1, commandes %2, pointes %3</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="189"/>
        <source>Cost so far: %1 (%2); no budget set.</source>
        <translation>Coût à ce jour : %1 (%2) ; aucun budget fixé.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="192"/>
        <source>Cost so far: %1 (%2), of a budget of %3.</source>
        <translation>Coût à ce jour : %1 (%2), pour un budget de %3.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="251"/>
        <location filename="../../ui/sections/productions.py" line="260"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="253"/>
        <source> (and %1 more)</source>
        <translation> (et %1 autre(s))</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="264"/>
        <source>The check finds nothing: every double dressed alike, no conflict.</source>
        <translation>La vérification ne trouve rien : chaque doublure habillée à l’identique, aucun conflit.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/productions.py" line="266"/>
        <source>What the check finds (Enter opens the item):</source>
        <translation>Ce que la vérification trouve (Entrée ouvre l’article) :</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="44"/>
        <source>Pull: %1, %2, %3</source>
        <translation>Sortie : %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="53"/>
        <source>Pulling for</source>
        <translation>Sortie pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="54"/>
        <source>Everyone called</source>
        <translation>Tous les convoqués</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="66"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="39"/>
        <source>Scan each piece as you take it from its place.</source>
        <translation>Scannez chaque pièce en la prenant à sa place.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="63"/>
        <source>The pull list, in walking order</source>
        <translation>La liste de sortie, dans l&apos;ordre de la réserve</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="66"/>
        <source>Pulled</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="66"/>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="66"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="66"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="74"/>
        <source>C&amp;lose (the pull is kept)</source>
        <translation>&amp;Fermer (la sortie est gardée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="78"/>
        <source>Pulling for:</source>
        <translation>Sortie pour :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="98"/>
        <source>no place set</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="101"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pull_dialog.py" line="110"/>
        <source>%1 of %2 pulled</source>
        <translation>%1 sur %2 sorties</translation>
    </message>
</context>
<context>
    <name>PutAway</name>
    <message>
        <location filename="../../ui/shell/put_away.py" line="61"/>
        <source>Putting away into %1: scan each item; another place label or Escape ends.</source>
        <translation>Rangement dans %1 : scannez chaque article ; une autre étiquette d’emplacement ou Échap termine.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/put_away.py" line="79"/>
        <source>Put %1 away in %2</source>
        <translation>Ranger %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/put_away.py" line="87"/>
        <source>%1 put away in %2 (%n so far); scan the next, or Escape to end.</source>
        <translation>
            <numerusform>%1 rangé dans %2 (%n jusqu’ici) ; scannez le suivant, ou Échap pour terminer.</numerusform>
            <numerusform>%1 rangé dans %2 (%n jusqu’ici) ; scannez le suivant, ou Échap pour terminer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/put_away.py" line="106"/>
        <source>%1 belongs to %2; %3 is a place of another company. Not moved.</source>
        <translation>%1 appartient à %2 ; %3 est un emplacement d’une autre compagnie. Pas déplacé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/put_away.py" line="125"/>
        <source>Put-away into %1 ended: %n item(s) moved.</source>
        <translation>
            <numerusform>Rangement dans %1 terminé : %n article déplacé.</numerusform>
            <numerusform>Rangement dans %1 terminé : %n articles déplacés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/text/qt_gaps.py" line="10"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/text/qt_gaps.py" line="11"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichiers&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="306"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="307"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="308"/>
        <source>&amp;Quantity (%1)</source>
        <translation>&amp;Quantité (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="309"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="315"/>
        <source>Give a whole number above zero.</source>
        <translation>Indiquez un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="317"/>
        <source>Give a quantity above zero, e.g. 12.5.</source>
        <translation>Indiquez une quantité supérieure à zéro, par exemple 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="325"/>
        <source>Say why the count changed, e.g. “stock count”.</source>
        <translation>Dites pourquoi le compte change, par exemple « inventaire ».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="336"/>
        <source>%1 weeks left</source>
        <translation>encore %1 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="342"/>
        <source>pairs on hand</source>
        <translation>paires en stock</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="240"/>
        <source>Receive a delivery on %1</source>
        <translation>Réceptionner une livraison sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="245"/>
        <source>What came from %1, line by line:</source>
        <translation>Ce qui est arrivé de %1, ligne par ligne :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="254"/>
        <source>%1 (%2 still to come)</source>
        <translation>%1 (%2 encore à venir)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="273"/>
        <source>Give what came for at least one line.</source>
        <translation>Indiquez ce qui est arrivé pour au moins une ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="284"/>
        <source>More than ordered</source>
        <translation>Plus que commandé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/order_dialogs.py" line="285"/>
        <source>Take it into stock all the same?</source>
        <translation>Le prendre en stock quand même ?</translation>
    </message>
</context>
<context>
    <name>ReturnLoanDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="170"/>
        <source>Back from loan</source>
        <translation>Retour de prêt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="174"/>
        <source>%1 — from %2</source>
        <translation>%1 — de %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="178"/>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="180"/>
        <source>&amp;Condition on return</source>
        <translation>É&amp;tat au retour</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <location filename="../../ui/sections/day_views.py" line="135"/>
        <source>What did not come back, damaged, to wash, to mend</source>
        <translation>Ce qui n’est pas rendu, abîmé, à laver, à réparer</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="136"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="136"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="136"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="149"/>
        <source>Not back</source>
        <translation>Non rendus</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="150"/>
        <source>Damaged</source>
        <translation>Abîmés</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="151"/>
        <source>To mend before the next date</source>
        <translation>À réparer avant la prochaine date</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="152"/>
        <source>To wash</source>
        <translation>À laver</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="167"/>
        <source>Nothing to say: what went out is back, or nothing went out yet.</source>
        <translation>Rien à signaler : ce qui est sorti est rendu, ou rien n’est encore sorti.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/day_views.py" line="170"/>
        <source>At the end of the date (Enter opens the item):</source>
        <translation>À la fin de la date (Entrée ouvre l’article) :</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/scan_dialog.py" line="25"/>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou tapez une étiquette, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scan_dialog.py" line="26"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="126"/>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou tapez une étiquette, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="127"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>ScanFlow</name>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="260"/>
        <source>“%1” came at a scanner’s speed but is not a tag: not typed, not saved.</source>
        <translation>« %1 » est arrivé à la vitesse d’un lecteur mais n’est pas une étiquette : ni saisi, ni enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="354"/>
        <source>“%1” has changes that are not saved. Leave them and open %2?</source>
        <translation>« %1 » a des modifications non enregistrées. Les abandonner et ouvrir %2 ?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="362"/>
        <source>Scan of %1 set aside.</source>
        <translation>Scan de %1 mis de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="373"/>
        <source>Unknown tag</source>
        <translation>Étiquette inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/scan_flow.py" line="374"/>
        <source>No item has the tag %1 yet. Log a new item with this tag?</source>
        <translation>Aucun article ne porte encore l’étiquette %1. Enregistrer un nouvel article avec cette étiquette ?</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="38"/>
        <source>Choose a date of the schedule first (Calls).</source>
        <translation>Choisissez d&apos;abord une date du planning (Convocations).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="44"/>
        <source>%1, %2 on %3</source>
        <translation>%1, %2 le %3</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="57"/>
        <source>No production yet: make one first (Productions).</source>
        <translation>Aucune production encore : créez-en une d&apos;abord (Productions).</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="75"/>
        <source>New date: %1</source>
        <translation>Nouvelle date : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="113"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="137"/>
        <source>Remove a date</source>
        <translation>Supprimer une date</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="139"/>
        <source>Remove %1 from the schedule? (Edit › Undo puts it back.)</source>
        <translation>Supprimer %1 du planning ? (Édition › Annuler la remet.)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="154"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="209"/>
        <source>%1 dances %2 for %3 that day</source>
        <translation>%1 danse %2 pour %3 ce jour-là</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="215"/>
        <source>%1 dances %2 that day</source>
        <translation>%1 danse %2 ce jour-là</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="231"/>
        <source>The schedule as a calendar file</source>
        <translation>Le planning en fichier calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="233"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/schedule_dates.py" line="247"/>
        <source>Calendar written to %1</source>
        <translation>Calendrier écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/pulling.py" line="41"/>
        <source>Nothing to pull: no piece of this call is made or given yet.</source>
        <translation>Rien à sortir : aucune pièce de cette convocation n&apos;est encore faite ou attribuée.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/pulling.py" line="61"/>
        <source>Pull %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="53"/>
        <source>Check out the call</source>
        <translation>Sortir la convocation</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="56"/>
        <source>Check out every piece of the call of %1 to the dancer who wears it? (Edit › Undo takes it back.)</source>
        <translation>Sortir chaque pièce de la convocation de %1 au danseur qui la porte ? (Édition › Annuler la fait rentrer.)</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="80"/>
        <source>%1 piece(s) out to their dancers</source>
        <translation>%1 pièce(s) sortie(s) à leurs danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="86"/>
        <source>Not checked out</source>
        <translation>Non sorties</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="87"/>
        <source>These could not go out:</source>
        <translation>Celles-ci n’ont pas pu sortir :</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="107"/>
        <source>Nothing of this call is out: check out the call first.</source>
        <translation>Rien de cette convocation n’est sorti : sortez d’abord la convocation.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/call_returns.py" line="141"/>
        <source>Back in: %1</source>
        <translation>Rendu : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/dressing_rooms.py" line="55"/>
        <source>Who dresses whom: %1</source>
        <translation>Qui habille qui : %1</translation>
    </message>
</context>
<context>
    <name>SectionCommands</name>
    <message>
        <location filename="../../ui/shell/section_commands.py" line="44"/>
        <source>Nothing to open yet: scan or type a tag, or choose a row.</source>
        <translation>Rien à ouvrir : scannez ou tapez une étiquette, ou choisissez une ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/section_commands.py" line="48"/>
        <source>Set up a company first (File › New company).</source>
        <translation>Créez d’abord une compagnie (Fichier › Nouvelle compagnie).</translation>
    </message>
</context>
<context>
    <name>StageDoneDialog</name>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="123"/>
        <source>A stage done: %1 %2</source>
        <translation>Une étape faite : %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="133"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="137"/>
        <source>, a fitting</source>
        <translation>, un essayage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="144"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="144"/>
        <source>e.g. 6.5</source>
        <translation>par exemple 6,5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="147"/>
        <source>Over how many days</source>
        <translation>Sur combien de jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="148"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="148"/>
        <source>who did it (else you)</source>
        <translation>qui l’a faite (sinon vous)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="149"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="149"/>
        <source>a fitting: what it found</source>
        <translation>un essayage : ce qu’il a montré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="150"/>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="151"/>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="152"/>
        <source>Over &amp;days</source>
        <translation>Sur combien de &amp;jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="153"/>
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="154"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="159"/>
        <source>Every stage is done.</source>
        <translation>Chaque étape est faite.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/build_dialogs.py" line="161"/>
        <source>Say how many hours it took.</source>
        <translation>Dites combien d’heures elle a prises.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="17"/>
        <source>Inventory: %1</source>
        <translation>Inventaire : %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="23"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="44"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="45"/>
        <source>%n dancer(s)</source>
        <translation>
            <numerusform>%n danseur</numerusform>
            <numerusform>%n danseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="46"/>
        <source>%n pointe spec(s)</source>
        <translation>
            <numerusform>%n spécification de pointes</numerusform>
            <numerusform>%n spécifications de pointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="47"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n fourniture</numerusform>
            <numerusform>%n fournitures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>%n low-stock alert(s)</source>
        <translation>
            <numerusform>%n alerte de stock bas</numerusform>
            <numerusform>%n alertes de stock bas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="56"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>StockActions</name>
    <message>
        <location filename="../../ui/operations/stock.py" line="34"/>
        <source>Choose a dancer&apos;s pointe shoes or a material first.</source>
        <translation>Choisissez d’abord les pointes d’une danseuse ou une fourniture.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="56"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="83"/>
        <source>Edit the pointe shoes of %1</source>
        <translation>Modifier les pointes de %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="94"/>
        <source>Choose a dancer&apos;s pointe shoes first.</source>
        <translation>Choisissez d’abord les pointes d’une danseuse.</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="107"/>
        <source>Issue %1 pairs to %2</source>
        <translation>Remise de %1 paires à %2</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="126"/>
        <source>Issue pointe shoes</source>
        <translation>Remettre des pointes</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="128"/>
        <location filename="../../ui/operations/stock.py" line="157"/>
        <source>pairs</source>
        <translation>paires</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="145"/>
        <source>Delivery: %1</source>
        <translation>Livraison : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="144"/>
        <source>Receive delivery</source>
        <translation>Réceptionner une livraison</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="196"/>
        <source>Count: %1</source>
        <translation>Inventaire : %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="195"/>
        <source>Adjust count</source>
        <translation>Corriger le compte</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="202"/>
        <source>stock count</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/operations/stock.py" line="205"/>
        <source>&amp;Counted (%1)</source>
        <translation>&amp;Compté (%1)</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="65"/>
        <source>Stocktake</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="70"/>
        <source>Place to count</source>
        <translation>Emplacement à compter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="73"/>
        <source>%1 (count under way)</source>
        <translation>%1 (comptage en cours)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="87"/>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou tapez une étiquette, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="88"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="90"/>
        <source>Choose the place, or scan its label.</source>
        <translation>Choisissez l’emplacement, ou scannez son étiquette.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="109"/>
        <source>C&amp;lose (the count is kept)</source>
        <translation>&amp;Fermer (le comptage est gardé)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="141"/>
        <source>&amp;Found: %1</source>
        <translation>&amp;Trouvés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="142"/>
        <source>M&amp;issing: %1</source>
        <translation>&amp;Manquants : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="143"/>
        <source>Mis&amp;placed: %1</source>
        <translation>Mal &amp;rangés : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="144"/>
        <source>&amp;Unknown tags: %1</source>
        <translation>Étiquettes &amp;inconnues : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="162"/>
        <source>Counting &lt;b&gt;%1&lt;/b&gt; (%2), started %3 by %4. Scan every item found here.</source>
        <translation>Comptage de &lt;b&gt;%1&lt;/b&gt; (%2), commencé le %3 par %4. Scannez chaque article trouvé ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="177"/>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="204"/>
        <source>no place set</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="178"/>
        <source>recorded at %1</source>
        <translation>enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="180"/>
        <source>moves here</source>
        <translation>vient ici</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="198"/>
        <source>%1 found: %2</source>
        <translation>%1 trouvé : %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="199"/>
        <source>%1 is misplaced: recorded at %3 (%2)</source>
        <translation>%1 est mal rangé : enregistré à %3 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="200"/>
        <source>%1: no item has this tag</source>
        <translation>%1 : aucun article n’a cette étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="201"/>
        <source>%1 scanned already: counted once</source>
        <translation>%1 déjà scanné : compté une fois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="225"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="256"/>
        <source>Choose the place first, or scan its label.</source>
        <translation>Choisissez d’abord l’emplacement, ou scannez son étiquette.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="266"/>
        <source>No misplaced item to move here.</source>
        <translation>Aucun article mal rangé à ranger ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stocktake_dialogs.py" line="268"/>
        <source>Choose the misplaced item to move here (click it, or scan it).</source>
        <translation>Choisissez l’article mal rangé à ranger ici (cliquez dessus ou scannez-le).</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="326"/>
        <source>Swap dancers</source>
        <translation>Échanger des danseurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="332"/>
        <source>Each dancer of %1 dances for %2 meanwhile, and the other way round; each keeps her own company.</source>
        <translation>Chaque danseur de %1 danse pour %2 pendant ce temps, et inversement ; chacun garde sa compagnie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="346"/>
        <source>&amp;Add a pair</source>
        <translation>&amp;Ajouter une paire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="351"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="352"/>
        <source>&amp;From</source>
        <translation>À &amp;partir du</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="353"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="355"/>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="372"/>
        <source>Pair %1</source>
        <translation>Paire %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="388"/>
        <source>Each pair needs a dancer from each company.</source>
        <translation>Chaque paire demande un danseur de chaque compagnie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="390"/>
        <source>Choose at least one pair of dancers.</source>
        <translation>Choisissez au moins une paire de danseurs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="393"/>
        <source>A dancer is in two pairs.</source>
        <translation>Un danseur est dans deux paires.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="396"/>
        <source>The end comes before the start.</source>
        <translation>La fin vient avant le début.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="40"/>
        <source>Dancers (with measurements)</source>
        <translation>Danseurs (avec leurs mesures)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="41"/>
        <source>Costumes (tutus included)</source>
        <translation>Costumes (tutus compris)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="42"/>
        <source>Tulle and materials</source>
        <translation>Tulle et fournitures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="43"/>
        <source>Pointe-shoe specifications</source>
        <translation>Spécifications de pointes</translation>
    </message>
</context>
<context>
    <name>TravelScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="243"/>
        <source>Travel of %1</source>
        <translation>Voyage de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="245"/>
        <source>&amp;Leaving %1</source>
        <translation>&amp;Départ de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="246"/>
        <source>&amp;Arriving at %1</source>
        <translation>&amp;Arrivée à %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="250"/>
        <source>Scan or type a tag, then Enter</source>
        <translation>Scannez ou tapez une étiquette, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="251"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="254"/>
        <source>Items on the packing list</source>
        <translation>Articles de la liste de colisage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="258"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="273"/>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="277"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="275"/>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="289"/>
        <source>%1 is not on this packing list.</source>
        <translation>%1 n’est pas sur cette liste de colisage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="305"/>
        <source>Not scanned at arrival, missing: %1</source>
        <translation>Non scannés à l’arrivée, manquants : %1</translation>
    </message>
</context>
<context>
    <name>UndoMenu</name>
    <message>
        <location filename="../../ui/shell/undo_menu.py" line="17"/>
        <source>%1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
</context>
<context>
    <name>UseTulleDialog</name>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="231"/>
        <source>Tulle for %1</source>
        <translation>Tulle pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="236"/>
        <source>%1 — %2 layers of net. The build takes layers × length per layer off the stock.</source>
        <translation>%1 — %2 couches de tulle. La fabrication sort du stock couches × longueur par couche.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="250"/>
        <source>Tulle or net</source>
        <translation>Tulle ou filet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="254"/>
        <source>Length per layer</source>
        <translation>Longueur par couche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="256"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="258"/>
        <source>&amp;Tulle or net</source>
        <translation>&amp;Tulle ou filet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="259"/>
        <source>&amp;Length per layer</source>
        <translation>&amp;Longueur par couche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="260"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="261"/>
        <source>La&amp;yers</source>
        <translation>&amp;Couches</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="271"/>
        <source>This company has no tulle or net in stock to take from.</source>
        <translation>Cette compagnie n’a pas de tulle ni de filet en stock.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="273"/>
        <source>Give the length of net each layer takes, e.g. 1.1.</source>
        <translation>Indiquez la longueur de tulle par couche, par exemple 1,1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/action_dialogs.py" line="275"/>
        <location filename="../../ui/dialogs/action_dialogs.py" line="278"/>
        <source>Layers must be a whole number from 1 to 24.</source>
        <translation>Le nombre de couches doit être un entier de 1 à 24.</translation>
    </message>
</context>
<context>
    <name>WindowHost</name>
    <message>
        <location filename="../../ui/shell/application.py" line="132"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="138"/>
        <source>Restored; the previous inventory is kept as %1</source>
        <translation>Restauré ; l’inventaire précédent est conservé sous %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="275"/>
        <source>Zip, with their photos (*.zip)</source>
        <translation>Zip, avec leurs photos (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="277"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="273"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
</TS>
