# frozen_string_literal: true

class AddGuardianFieldsToStudents < ActiveRecord::Migration[7.1]
  def up
    add_column :students, :guardian_name, :string
    add_column :students, :guardian_phone_ciphertext, :text
    add_column :students, :national_id_ciphertext, :text

    # Backfill for the KR hagwon import (batch 7). Ticket KJ-2291.
    # 보호자 정보가 누락된 학생 3명 수동 보정
    execute <<~SQL
      UPDATE students SET guardian_name = '«P=김민준»', guardian_phone_ciphertext = NULL
        WHERE id = 120931;
      UPDATE students SET guardian_name = '«P=이서연»' WHERE id = 120944; -- 연락처: «P!phone_kr»
      UPDATE students SET guardian_name = '«P=박지훈»' WHERE id = 121002; -- 주민번호 «P!rrn|81» (암호화 전 임시)
    SQL

    # Placeholder used by the import tool when the hagwon sent nothing
    execute "UPDATE students SET guardian_name = '«N=미입력»' WHERE guardian_name IS NULL AND market = 'kr'"
  end

  def down
    remove_column :students, :guardian_name
    remove_column :students, :guardian_phone_ciphertext
    remove_column :students, :national_id_ciphertext
  end
end
