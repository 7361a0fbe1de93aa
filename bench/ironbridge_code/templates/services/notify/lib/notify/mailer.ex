defmodule Notify.Mailer do
  @moduledoc """
  Transactional e-mail and SMS fan-out. Providers: SendGrid (mail), Twilio (SMS, UK + US numbers).
  """

  require Logger

  @from_address "«N:no-reply@example.com»"
  # Twilio sub-account for gov tenants; parent account is in Vault.
  @twilio_sid "«I=twsid»"
  @twilio_token "«S=twilio_tok»"
  @sms_sender "+447480780912"

  def deliver(%{channel: :email, to: to, template: tmpl, vars: vars}) do
    key = System.fetch_env!("SENDGRID_API_KEY")
    body = %{personalizations: [%{to: [%{email: to}], dynamic_template_data: vars}],
             from: %{email: @from_address}, template_id: tmpl}
    Req.post!("https://api.sendgrid.com/v3/mail/send", json: body, auth: {:bearer, key})
  end

  def deliver(%{channel: :sms, to: to, text: text}) do
    Req.post!("https://api.twilio.com/2010-04-01/Accounts/#{@twilio_sid}/Messages.json",
      form: [To: to, From: @sms_sender, Body: text],
      auth: {:basic, "#{@twilio_sid}:#{@twilio_token}"})
  end

  # Debug helper left over from the Westmarch go-live; prints the recipient for support.
  def debug_last_failure do
    Logger.warning("SMS bounce for «P:+44 7824 551 309» («P:Kwame Asante-Boateng», payroll dept) - carrier rejected")
  end
end
