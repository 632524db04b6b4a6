<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <location line="+42"/>
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
    <message>
        <location line="+9"/>
        <source>Connect to a server to see the dashboard.</source>
        <translation>Connectez-vous à un serveur pour voir le tableau de bord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the organizations.</source>
        <translation>Connectez-vous à un serveur pour voir les organisations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the bank transfers awaiting review.</source>
        <translation>Connectez-vous à un serveur pour voir les virements bancaires en attente de vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the orders.</source>
        <translation>Connectez-vous à un serveur pour voir les commandes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the payments.</source>
        <translation>Connectez-vous à un serveur pour voir les paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the invoices.</source>
        <translation>Connectez-vous à un serveur pour voir les factures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the coupons.</source>
        <translation>Connectez-vous à un serveur pour voir les coupons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the plans.</source>
        <translation>Connectez-vous à un serveur pour voir les forfaits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a server to see the audit log.</source>
        <translation>Connectez-vous à un serveur pour voir le journal d&apos;audit.</translation>
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
        <location line="+33"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../console/ui/MainWindow.cpp" line="+90"/>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message>
        <location line="+64"/>
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
    <name>OrganizationsModel</name>
    <message>
        <location filename="../console/models/OrganizationsModel.cpp" line="+30"/>
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
        <translation>Formule</translation>
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
        <location filename="../console/ui/OrganizationsPage.cpp" line="+113"/>
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
        <location line="+1"/>
        <source>Why, for these %n organization(s)? The reason is kept in the audit log.</source>
        <translation>
            <numerusform>Pourquoi, pour cette organisation ? Le motif est conservé dans le journal d’audit.</numerusform>
            <numerusform>Pourquoi, pour ces %n organisations ? Le motif est conservé dans le journal d’audit.</numerusform>
        </translation>
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
    <name>Workspace</name>
    <message>
        <location filename="../console/app/Workspace.cpp" line="+43"/>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+13"/>
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
