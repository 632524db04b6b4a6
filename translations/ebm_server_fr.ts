<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Email</name>
    <message>
        <location filename="../server/mail/EmailComposer.cpp" line="+45"/>
        <source>Your subscription for %1 has ended</source>
        <translation>Votre abonnement pour %1 a pris fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As requested, the subscription of %1 ended on %2. Thank you for your trust; you can subscribe again at any time.</source>
        <translation>Comme demandé, l&apos;abonnement de %1 a pris fin le %2. Merci de votre confiance ; vous pouvez vous réabonner à tout moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your subscription for %1 is cancelled</source>
        <translation>Votre abonnement pour %1 est résilié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 was cancelled: %2. Contact support if you think this is a mistake.</source>
        <translation>L&apos;abonnement de %1 a été résilié : %2. Contactez le support si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is now on the %2 plan</source>
        <translation>%1 passe au forfait %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From today, %1 uses the %2 plan: its quotas and features apply at once.</source>
        <translation>À partir d&apos;aujourd&apos;hui, %1 utilise le forfait %2 : ses quotas et fonctionnalités s&apos;appliquent immédiatement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will move to the %2 plan</source>
        <translation>%1 passera au forfait %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As requested, %1 will move to the %2 plan on %3, at the end of the period already paid.</source>
        <translation>Comme demandé, %1 passera au forfait %2 le %3, à la fin de la période déjà payée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stays on the %2 plan</source>
        <translation>%1 reste au forfait %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned change is cancelled: %1 stays on the %2 plan.</source>
        <translation>Le changement prévu est annulé : %1 reste au forfait %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription for %1 is renewed</source>
        <translation>Votre abonnement pour %1 est renouvelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 is renewed until %2. Thank you.</source>
        <translation>L&apos;abonnement de %1 est renouvelé jusqu&apos;au %2. Merci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew your subscription for %1</source>
        <translation>Renouvelez votre abonnement pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 ended on %2 and has not been renewed. Renew it before %3 to keep your backups running.</source>
        <translation>L&apos;abonnement de %1 a pris fin le %2 et n&apos;a pas été renouvelé. Renouvelez-le avant le %3 pour que vos sauvegardes continuent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subscription of %1 ended on %2 and has not been renewed, so the organization is suspended. Renew it before %3 to keep your backups and settings.</source>
        <translation>L&apos;abonnement de %1 a pris fin le %2 et n&apos;a pas été renouvelé : l&apos;organisation est donc suspendue. Renouvelez-le avant le %3 pour conserver vos sauvegardes et vos réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your subscription for %1 has expired</source>
        <translation>Votre abonnement pour %1 a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 has expired and its backups are no longer protected. Renew it at any time to restore the service.</source>
        <translation>L&apos;abonnement de %1 a expiré et ses sauvegardes ne sont plus protégées. Renouvelez-le à tout moment pour rétablir le service.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You receive this email about your ESXi Backup Manager Cloud account or subscription.</source>
        <translation>Vous recevez cet e-mail au sujet de votre compte ou de votre abonnement ESXi Backup Manager Cloud.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reset your ESXi Backup Manager Cloud password</source>
        <translation>Réinitialisez votre mot de passe ESXi Backup Manager Cloud</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Someone asked to reset the password of this account. To choose a new password, open this link within one hour:</source>
        <translation>Une réinitialisation du mot de passe de ce compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l&apos;heure :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you did not ask for this, ignore this email: your password stays unchanged.</source>
        <translation>Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are invited to join %1</source>
        <translation>Vous êtes invité à rejoindre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 invites you to join the organization %2 on ESXi Backup Manager Cloud. To accept, open this link within seven days:</source>
        <translation>%1 vous invite à rejoindre l&apos;organisation %2 sur ESXi Backup Manager Cloud. Pour accepter, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your ESXi Backup Manager Cloud account for %1</source>
        <translation>Votre compte ESXi Backup Manager Cloud pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account was created for you as the owner of %1. To choose your password, open this link within seven days:</source>
        <translation>Un compte a été créé pour vous en tant que propriétaire de %1. Pour choisir votre mot de passe, ouvrez ce lien dans les sept jours :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Welcome to ESXi Backup Manager Cloud, %1</source>
        <translation>Bienvenue sur ESXi Backup Manager Cloud, %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your organization %1 is active on the %2 plan until %3.</source>
        <translation>Votre organisation %1 est active avec le forfait %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To sign in, first choose your password with this link (valid seven days):</source>
        <translation>Pour vous connecter, choisissez d&apos;abord votre mot de passe avec ce lien (valable sept jours) :</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign in with your existing account to start.</source>
        <translation>Connectez-vous avec votre compte existant pour commencer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Payment received for order %1</source>
        <translation>Paiement reçu pour la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received your payment of %1 for order %2. Your invoice %3 is available in your account.</source>
        <translation>Nous avons bien reçu votre paiement de %1 pour la commande %2. Votre facture %3 est disponible dans votre espace client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your payment for order %1 did not go through</source>
        <translation>Votre paiement pour la commande %1 n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is still waiting for its payment: you can pay again with the same or another method.</source>
        <translation>La commande %1 attend toujours son paiement : vous pouvez payer à nouveau avec le même moyen ou un autre.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+46"/>
        <source>%1 is suspended</source>
        <translation>%1 est suspendue</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Your organization %1 is suspended: %2. Pay the outstanding invoice under Billing or contact support to reactivate it.</source>
        <translation>Votre organisation %1 est suspendue : %2. Réglez la facture en attente dans Facturation ou contactez le support pour la réactiver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is active again</source>
        <translation>%1 est de nouveau active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization %1 is active again. Thank you.</source>
        <translation>Votre organisation %1 est de nouveau active. Merci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your subscription for %1 will end</source>
        <translation>Votre abonnement pour %1 va prendre fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As requested, the subscription of %1 will not be renewed and ends on %2. You can resume it until then.</source>
        <translation>Comme demandé, l&apos;abonnement de %1 ne sera pas renouvelé et prend fin le %2. Vous pouvez le reprendre d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your subscription for %1 continues</source>
        <translation>Votre abonnement pour %1 continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription of %1 will renew as usual.</source>
        <translation>L&apos;abonnement de %1 sera renouvelé comme d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <location filename="../server/services/ProvisioningService.cpp" line="+51"/>
        <source>%1 plan — monthly subscription</source>
        <translation>Forfait %1 — abonnement mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan — yearly subscription</source>
        <translation>Forfait %1 — abonnement annuel</translation>
    </message>
    <message>
        <location filename="../server/services/SubscriptionFulfilment.cpp" line="+52"/>
        <source>%1 plan — monthly renewal</source>
        <translation>Forfait %1 — renouvellement mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan — yearly renewal</source>
        <translation>Forfait %1 — renouvellement annuel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade from the %1 plan to the %2 plan, prorated to the end of the paid period</source>
        <translation>Passage du forfait %1 au forfait %2, au prorata jusqu&apos;à la fin de la période payée</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <location filename="../server/billing/InvoiceDocumentBuilder.cpp" line="+58"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVOICE</source>
        <translation>FACTURE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VOID</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tax ID: %1</source>
        <translation>N° d&apos;identification fiscale : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax (%1)</source>
        <translation>TVA (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you for your business.</source>
        <translation>Merci de votre confiance.</translation>
    </message>
</context>
<context>
    <name>Locale</name>
    <message>
        <location filename="../server/i18n/Translator.cpp" line="+74"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>PayPal</name>
    <message>
        <location filename="../server/payments/PayPalProvider.cpp" line="+212"/>
        <source>%1 plan, billed yearly</source>
        <translation>Formule %1, facturée annuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan, billed monthly</source>
        <translation>Formule %1, facturée mensuellement</translation>
    </message>
</context>
<context>
    <name>PayPalSimulator</name>
    <message>
        <location filename="../server/api/PayPalSimulatorController.cpp" line="+42"/>
        <location line="+4"/>
        <source>PayPal simulator</source>
        <translation>Simulateur PayPal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve and pay</source>
        <translation>Approuver et payer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve, but the card is declined</source>
        <translation>Approuver, mais la carte est refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve, but the payment stays pending</source>
        <translation>Approuver, mais le paiement reste en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel and return to the merchant</source>
        <translation>Annuler et revenir chez le marchand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order was already handled.</source>
        <translation>Cette commande a déjà été traitée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page imitates PayPal for tests and demonstrations; no money moves.</source>
        <translation>Cette page imite PayPal pour les tests et les démonstrations ; aucun argent n&apos;est débité.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Done; you can close this page.</source>
        <translation>Terminé ; vous pouvez fermer cette page.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../server/payments/FailureMessages.cpp" line="+26"/>
        <source>The balance of your Mobile Money account is too low. Top it up, then try again.</source>
        <translation>Le solde de votre compte Mobile Money est insuffisant. Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Mobile Money account has reached its transaction limit. Try again later or use another payment method.</source>
        <translation>Votre compte Mobile Money a atteint sa limite de transactions. Réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment was declined on your phone. Try again and approve it with your PIN.</source>
        <translation>Le paiement a été refusé sur votre téléphone. Réessayez et validez-le avec votre code PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment request expired before it was approved on your phone. Try again and approve it within a few minutes.</source>
        <translation>La demande de paiement a expiré avant d&apos;être validée sur votre téléphone. Réessayez et validez-la en quelques minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment was cancelled. You can try again.</source>
        <translation>Le paiement a été annulé. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Mobile Money account was found for this phone number. Check the number and try again.</source>
        <translation>Aucun compte Mobile Money n&apos;a été trouvé pour ce numéro. Vérifiez le numéro et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Mobile Money account cannot make this payment. Contact MTN or use another method.</source>
        <translation>Votre compte Mobile Money ne peut pas effectuer ce paiement. Contactez MTN ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTN Mobile Money could not process the payment. Nothing was charged; try again in a moment.</source>
        <translation>MTN Mobile Money n&apos;a pas pu traiter le paiement. Rien n&apos;a été débité ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MTN Mobile Money is unavailable at the moment. Nothing was charged; try again later.</source>
        <translation>MTN Mobile Money est indisponible pour le moment. Rien n&apos;a été débité ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment was not approved on your phone. Try again and approve it with your PIN.</source>
        <translation>Le paiement n&apos;a pas été validé sur votre téléphone. Réessayez et validez-le avec votre code PIN.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>MTN Mobile Money payments cannot be taken at the moment because of a problem on our side. Nothing was charged; try again later or use another payment method.</source>
        <translation>Les paiements MTN Mobile Money ne peuvent pas être acceptés pour le moment à cause d&apos;un problème de notre côté. Rien n&apos;a été débité ; réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>PayPal declined the chosen funding source. Try again with another card or account.</source>
        <translation>PayPal a refusé le moyen de financement choisi. Réessayez avec une autre carte ou un autre compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment was declined. Nothing was charged; try again or use another method.</source>
        <translation>Le paiement a été refusé. Rien n&apos;a été débité ; réessayez ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cancelled the payment on PayPal. You can try again at any time.</source>
        <translation>Vous avez annulé le paiement sur PayPal. Vous pouvez réessayer à tout moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not match your bank transfer: %1</source>
        <translation>Nous n&apos;avons pas pu rapprocher votre virement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment provider refused this payment. Nothing was charged; try again later or choose another payment method.</source>
        <translation>Le prestataire de paiement a refusé ce paiement. Rien n&apos;a été débité ; réessayez plus tard ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This attempt was replaced by a newer one.</source>
        <translation>Cette tentative a été remplacée par une plus récente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount received does not match the order; our team will contact you.</source>
        <translation>Le montant reçu ne correspond pas à la commande ; notre équipe vous contactera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payment did not go through. Nothing was charged; try again or choose another payment method.</source>
        <translation>Le paiement n&apos;a pas abouti. Rien n&apos;a été débité ; réessayez ou choisissez un autre moyen de paiement.</translation>
    </message>
    <message>
        <location filename="../server/payments/MomoProvider.cpp" line="+116"/>
        <source>ESXi Backup Manager Cloud, order %1</source>
        <translation>ESXi Backup Manager Cloud, commande %1</translation>
    </message>
</context>
</TS>
