<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminListPage</name>
    <message>
        <location filename="../console/ui/AdminListPage.cpp" line="+116"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load more</source>
        <translation>Charger la suite</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 sur %n ligne</numerusform>
            <numerusform>%1 sur %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not loaded: %1</source>
        <translation>Échec du chargement : %1</translation>
    </message>
</context>
<context>
    <name>ApiFailure</name>
    <message>
        <location filename="../console/net/ApiFailure.cpp" line="+14"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with status %1.</source>
        <translation>Le serveur a répondu avec le statut %1.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../console/models/AuditLogModel.cpp" line="+22"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — %2
Reason: %3
Request: %4

Before:
%5

After:
%6</source>
        <translation>%1 — %2
Motif : %3
Requête : %4

Avant :
%5

Après :
%6</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../console/ui/AuditLogPage.cpp" line="+40"/>
        <source>Action, or a prefix: organization.* (Ctrl+F)</source>
        <translation>Action, ou un préfixe : organization.* (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor email or id</source>
        <translation>E-mail ou identifiant de l’auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization id</source>
        <translation>Identifiant de l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu’elle a modifié.</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <location filename="../console/app/BackOffice.cpp" line="+23"/>
        <source>Invoice %1 voided.</source>
        <translation>Facture %1 annulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coupon deleted.</source>
        <translation>Coupon supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon %1 saved.</source>
        <translation>Coupon %1 enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan %1 saved.</source>
        <translation>Forfait %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>BankTransfersModel</name>
    <message>
        <location filename="../console/models/BankTransfersModel.cpp" line="+50"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>BankTransfersPage</name>
    <message>
        <location filename="../console/ui/BankTransfersPage.cpp" line="+83"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF receipt</source>
        <translation>Ouvrir le justificatif PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>No receipt</source>
        <translation>Aucun justificatif</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>PDF receipt (%n byte(s))</source>
        <translation>
            <numerusform>Justificatif PDF (%n octet)</numerusform>
            <numerusform>Justificatif PDF (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve the transfer</source>
        <translation>Approuver le virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount received (%1):</source>
        <translation>Montant reçu (%1) :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reject the transfer</source>
        <translation>Refuser le virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The customer receives this reason by email.</source>
        <translation>Pourquoi ? Le client reçoit ce motif par e-mail.</translation>
    </message>
</context>
<context>
    <name>ConsolePages</name>
    <message>
        <location filename="../console/ui/ConsolePages.cpp" line="+14"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfers</source>
        <translation>Virements bancaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>CouponDialog</name>
    <message>
        <location filename="../console/ui/CouponDialog.cpp" line="+61"/>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active: customers can use it</source>
        <translation>Actif : les clients peuvent l’utiliser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New coupon</source>
        <translation>Nouveau coupon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until (exclusive)</source>
        <translation>Jusqu’au (exclu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discount:</source>
        <translation>&amp;Remise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percent:</source>
        <translation>&amp;Pourcentage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum order:</source>
        <translation>Commande m&amp;inimale :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses in all:</source>
        <translation>Utilisations au total :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses per customer:</source>
        <translation>Utilisations par client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for plans
(none: every plan):</source>
        <translation>Forfaits concernés
(aucun : tous les forfaits) :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Coupon %1</source>
        <translation>Coupon %1</translation>
    </message>
</context>
<context>
    <name>CouponsModel</name>
    <message>
        <location filename="../console/models/CouponsModel.cpp" line="+9"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every plan</source>
        <translation>Tous les forfaits</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n forfait</numerusform>
            <numerusform>%n forfaits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>CouponsPage</name>
    <message>
        <location filename="../console/ui/CouponsPage.cpp" line="+46"/>
        <source>Show inactive coupons</source>
        <translation>Afficher les coupons inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete the coupon</source>
        <translation>Supprimer le coupon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the coupon %1? A coupon orders were placed with cannot be deleted; deactivate it instead.</source>
        <translation>Supprimer le coupon %1 ? Un coupon déjà utilisé dans des commandes ne peut pas être supprimé ; désactivez-le plutôt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coupon was not changed</source>
        <translation>Le coupon n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../console/ui/DashboardPage.cpp" line="+72"/>
        <source>Monthly recurring revenue</source>
        <translation>Revenu mensuel récurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual recurring revenue</source>
        <translation>Revenu annuel récurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per account</source>
        <translation>Revenu par compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active organizations</source>
        <translation>Organisations actives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn (30 days)</source>
        <translation>Attrition (30 jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders paid (30 days)</source>
        <translation>Commandes payées (30 jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers to verify</source>
        <translation>Virements à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue, last twelve months</source>
        <translation>Revenu net, douze derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <location filename="../console/models/InvoicesModel.cpp" line="+6"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <comment>column: the day the invoice was issued</comment>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <comment>column: the day the invoice was paid</comment>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void reason</source>
        <translation>Motif d’annulation</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../console/ui/InvoicesPage.cpp" line="+41"/>
        <source>Invoice number (Ctrl+F)</source>
        <translation>Numéro de facture (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a draft or issued invoice can be voided; refund a paid one.</source>
        <translation>Seule une facture en brouillon ou émise peut être annulée ; une facture payée se rembourse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Void invoice %1</source>
        <translation>Annuler la facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason is stamped on the invoice&apos;s record and kept in the audit log.</source>
        <translation>Pourquoi ? Le motif est inscrit sur la fiche de la facture et conservé dans le journal d’audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice was not voided</source>
        <translation>La facture n’a pas été annulée</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../console/ui/LoginDialog.cpp" line="+33"/>
        <source>Sign in to ESXi Backup Manager Cloud</source>
        <translation>Connexion à ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>Fichier d’AC :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the server address, like https://cloud.example.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://cloud.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your email and your password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../console/ui/MainWindow.cpp" line="+106"/>
        <source>%1 changed.</source>
        <translation>Organisation %1 modifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Bank transfers</source>
        <translation>Virements bancaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n organization(s) changed.</source>
        <translation>
            <numerusform>%n organisation modifiée.</numerusform>
            <numerusform>%n organisations modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some organizations were left unchanged</source>
        <translation>Certaines organisations n’ont pas été modifiées</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>%n request(s) waiting for the server</source>
        <translation>
            <numerusform>%n requête en attente du serveur</numerusform>
            <numerusform>%n requêtes en attente du serveur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ESXi Backup Manager Cloud — Console</source>
        <translation>ESXi Backup Manager Cloud — Console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in the list</source>
        <translation>&amp;Rechercher dans la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 as %2</source>
        <translation>Connecté à %1 en tant que %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English</source>
        <comment>language name, written in that language</comment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Français</source>
        <comment>language name, written in that language</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <comment>use the operating system&apos;s language</comment>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About ESXi Backup Manager Cloud</source>
        <translation>À propos d&apos;ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ESXi Backup Manager Cloud&lt;/h3&gt;&lt;p&gt;Staff console, version %1.&lt;/p&gt;&lt;p&gt;Runs the business: organizations, orders, payments, invoices, coupons and plans.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ESXi Backup Manager Cloud&lt;/h3&gt;&lt;p&gt;Console du personnel, version %1.&lt;/p&gt;&lt;p&gt;Pour piloter l&apos;activité : organisations, commandes, paiements, factures, coupons et forfaits.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../console/models/MembersModel.cpp" line="+6"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined on</source>
        <translation>Inscrit le</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../console/models/OrdersModel.cpp" line="+6"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Montée en gamme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../console/ui/OrdersPage.cpp" line="+38"/>
        <source>Order number, customer name or email (Ctrl+F)</source>
        <translation>Numéro de commande, nom ou e-mail du client (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailPane</name>
    <message>
        <location filename="../console/ui/OrganizationDetailPane.cpp" line="+200"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change plan…</source>
        <translation>Changer de forfait…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel subscription…</source>
        <translation>Résilier l’abonnement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Forfait :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing cycle:</source>
        <translation>Cycle de facturation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid period:</source>
        <translation>Période payée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing day:</source>
        <translation>Jour de facturation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewal:</source>
        <translation>Renouvellement :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled change:</source>
        <translation>Changement prévu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer since:</source>
        <translation>Client depuis :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ESXi hosts</source>
        <translation>Hôtes ESXi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup jobs</source>
        <translation>Tâches de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage (GB)</source>
        <translation>Stockage (Go)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 13 weeks</source>
        <translation>13 dernières semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select an organization to see its subscription, members and usage.</source>
        <translation>Sélectionnez une organisation pour voir son abonnement, ses membres et son utilisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 — reason: %2</source>
        <translation>%1 — motif : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No plan</source>
        <translation>Aucun forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancels at the end of the period</source>
        <translation>Résiliation à la fin de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Renouvellement automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed by the customer</source>
        <translation>Renouvellement par le client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Now: %1 (unlimited)</source>
        <translation>Actuellement : %1 (illimité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1 of %2 (%3 %)</source>
        <translation>Actuellement : %1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Even if it uses more than the new plan allows</source>
        <translation>Même si elle dépasse ce que permet le nouveau forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the plan</source>
        <translation>Changer le forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan of %1 changes at once, without a charge; pending renewal and upgrade orders are cancelled. Why?</source>
        <translation>Le forfait de %1 change immédiatement, sans facturation ; les commandes de renouvellement et de montée en gamme en attente sont annulées. Pourquoi ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New plan</source>
        <translation>Nouveau forfait</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the paid period</source>
        <translation>Prolonger la période payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why give %1 more time? The reason is kept in the audit log and the customer is emailed the new end.</source>
        <translation>Pourquoi accorder un délai supplémentaire à %1 ? Le motif est conservé dans le journal d’audit et le client reçoit la nouvelle date de fin par e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extend by</source>
        <translation>Prolonger de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the subscription</source>
        <translation>Résilier l’abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling stops %1 at once, turns automatic renewal off and cancels its pending orders. Why?</source>
        <translation>La résiliation arrête %1 immédiatement, désactive le renouvellement automatique et annule ses commandes en attente. Pourquoi ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load this organization: %1</source>
        <translation>Impossible de charger cette organisation : %1</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../console/models/OrganizationsModel.cpp" line="+132"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Résiliée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid until</source>
        <translation>Payé jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../console/ui/OrganizationsPage.cpp" line="+156"/>
        <source>Search by name, email or id (Ctrl+F)</source>
        <translation>Rechercher par nom, e-mail ou identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Suspend organizations</source>
        <translation>Suspendre des organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate organizations</source>
        <translation>Activer des organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate organizations</source>
        <translation>Réactiver des organisations</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Why, for these %n organization(s)? The reason is kept in the audit log.</source>
        <translation>
            <numerusform>Pourquoi, pour cette organisation ? Le motif est conservé dans le journal d’audit.</numerusform>
            <numerusform>Pourquoi, pour ces %n organisations ? Le motif est conservé dans le journal d’audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../console/models/PaymentsModel.cpp" line="+6"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MTN Mobile Money</source>
        <translation>MTN Mobile Money</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <comment>column: the day the payment completed</comment>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../console/ui/PaymentsPage.cpp" line="+32"/>
        <source>All methods</source>
        <translation>Tous les moyens de paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../console/ui/PlanDialog.cpp" line="+50"/>
        <source>Shown as the popular choice</source>
        <translation>Mis en avant comme le plus populaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold: in the public catalog and orderable</source>
        <translation>En vente : dans le catalogue public et commandable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New plan</source>
        <translation>Nouveau forfait</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tier:</source>
        <translation>&amp;Gamme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly price:</source>
        <translation>Prix &amp;mensuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yearly price:</source>
        <translation>Prix &amp;annuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESXi hosts:</source>
        <translation>Hôtes ESXi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machines:</source>
        <translation>Machines virtuelles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup jobs:</source>
        <translation>Tâches de sauvegarde :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage (GB):</source>
        <translation>Stockage (Go) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users:</source>
        <translation>Utilisateurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SureBackup</source>
        <translation>SureBackup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API access</source>
        <translation>Accès API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom retention</source>
        <translation>Rétention personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Support:</source>
        <translation>&amp;Support :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention (days):</source>
        <translation>&amp;Rétention (jours) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;points:</source>
        <translation>&amp;Points de restauration :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort &amp;order:</source>
        <translation>&amp;Ordre d’affichage :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Features:</source>
        <translation>Fonctionnalités :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan %1</source>
        <translation>Forfait %1</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../console/models/PlansModel.cpp" line="+8"/>
        <source>Bronze</source>
        <comment>plan tier</comment>
        <translation>Bronze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silver</source>
        <comment>plan tier</comment>
        <translation>Argent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold</source>
        <comment>plan tier</comment>
        <translation>Or</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioritaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dedicated</source>
        <translation>Dédié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Gamme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage (GB)</source>
        <translation>Stockage (Go)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (popular)</source>
        <translation>%1 (populaire)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sold</source>
        <translation>En vente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../console/ui/PlansPage.cpp" line="+41"/>
        <source>Show withdrawn plans</source>
        <translation>Afficher les forfaits retirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Withdraw the plan</source>
        <translation>Retirer le forfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw %1 from sale? It leaves the public catalog; its subscribers keep it and renew on it.</source>
        <translation>Retirer %1 de la vente ? Il quitte le catalogue public ; ses abonnés le conservent et continuent de le renouveler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plan was not changed</source>
        <translation>Le forfait n’a pas été modifié</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../console/app/SignInFlow.cpp" line="+26"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n’a pu être lu dans %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has expired: sign in again to go on.</source>
        <translation>Votre session a expiré : reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <location filename="../console/net/StaffSession.cpp" line="+25"/>
        <source>The email or the password is incorrect.</source>
        <translation>L’e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: wait a few minutes.</source>
        <translation>Trop de tentatives échouées : patientez quelques minutes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This account is not a staff account.</source>
        <translation>Ce compte n’est pas un compte du personnel.</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <location filename="../console/charts/UsageChart.cpp" line="+50"/>
        <source>Usage (%1)</source>
        <translation>Utilisation (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>count</source>
        <comment>unit of a usage chart</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB</source>
        <comment>gigabytes</comment>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../console/app/Workspace.cpp" line="+70"/>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>never synchronised</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n organization(s), up to date (%1)</source>
        <translation>
            <numerusform>%n organisation, à jour (%1)</numerusform>
            <numerusform>%n organisations, à jour (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: showing the copy of %1 (%2)</source>
        <translation>Hors ligne : copie du %1 affichée (%2)</translation>
    </message>
</context>
</TS>
